using System.Collections.Immutable;
using Kumo.OpenApi.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Kumo.OpenApi.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for test compilations without any download at test time: net10.0 reference assemblies from the
/// Basic.Reference.Assemblies.Net100 package, plus the Kumo.OpenApi.Runtime assembly the tests are built with.
/// </summary>
internal static class TestReferences
{
    /// <summary>A target framework with no reference-assembly package: the framework resolves nothing itself.</summary>
    public static readonly ReferenceAssemblies None = new ReferenceAssemblies("net10.0");

    public static readonly ImmutableArray<MetadataReference> Framework =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    public static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(ApiMemberAttribute).Assembly.Location);
}
