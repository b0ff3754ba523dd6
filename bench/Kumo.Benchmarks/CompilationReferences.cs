using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kumo.OpenApi.Runtime;
using Microsoft.CodeAnalysis;

namespace Kumo.Benchmarks;

/// <summary>What generated code compiles against, taken from the running process so nothing is downloaded.</summary>
internal static class CompilationReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_all = new Lazy<IReadOnlyList<MetadataReference>>(Load);

    /// <summary>
    /// The running .NET's own assemblies and the runtime's Microsoft.Extensions and Polly dependencies, plus
    /// Kumo.OpenApi.Runtime: what a generated client and its DI registration compile against.
    /// </summary>
    public static IReadOnlyList<MetadataReference> All => s_all.Value;

    private static List<MetadataReference> Load()
    {
        string platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        List<MetadataReference> references = platform.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is { } file
                && (file.StartsWith("System.", StringComparison.Ordinal)
                    || file.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || file is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll"
                        or "Polly.Core.dll" or "Polly.Extensions.dll" or "Polly.RateLimiting.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(ApiMemberAttribute).Assembly.Location));
        return references;
    }
}
