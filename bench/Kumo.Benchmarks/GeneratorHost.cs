using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kumo.OpenApi.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kumo.Benchmarks;

/// <summary>
/// Drives the generator the way the compiler does (no step tracking, every output kind on), on a consumer project
/// whose spec carries the ClientName/Namespace metadata the sample uses.
/// </summary>
internal static class GeneratorHost
{
    private static readonly CSharpParseOptions s_parseOptions = new CSharpParseOptions(LanguageVersion.Latest);

    public static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", s_parseOptions, "Program.cs") },
            CompilationReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>One C# file that has nothing to do with the spec: what a typical edit in the IDE adds or changes.</summary>
    public static SyntaxTree UnrelatedTree() =>
        CSharpSyntaxTree.ParseText("namespace Consumer { internal sealed class Unrelated { public int Value => 42; } }", s_parseOptions, "Unrelated.cs");

    public static GeneratorDriver CreateDriver(AdditionalText spec, string clientName, string ns, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            new[] { spec },
            s_parseOptions,
            new SpecOptionsProvider(spec.Path, clientName, ns),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The tracked steps' reasons of a run, e.g. "BuildModel: Cached×1".</summary>
    public static string DescribeSteps(GeneratorRunResult result) =>
        string.Join(", ", result.TrackedSteps
            .Where(step => step.Key.Length > 0 && char.IsUpper(step.Key[0]))
            .OrderBy(step => step.Key, System.StringComparer.Ordinal)
            .Select(step => step.Key + ": " + string.Join(" ", step.Value.SelectMany(run => run.Outputs)
                .GroupBy(output => output.Reason)
                .OrderBy(group => group.Key)
                .Select(group => group.Key + "×" + group.Count()))));

    public static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason) : Enumerable.Empty<IncrementalStepRunReason>();
}

/// <summary>A spec held in memory, as the compiler holds an AdditionalFiles item.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The MSBuild metadata the sample sets on its spec, as the compiler passes it to generators.</summary>
internal sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly string _specPath;
    private readonly DictionaryOptions _specOptions;

    public SpecOptionsProvider(string specPath, string clientName, string ns)
    {
        _specPath = specPath;
        _specOptions = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ClientName"] = clientName,
            ["build_metadata.AdditionalFiles.Namespace"] = ns,
        });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path == _specPath ? _specOptions : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
