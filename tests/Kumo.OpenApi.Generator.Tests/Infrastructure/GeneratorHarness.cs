using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kumo.OpenApi.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in-process on in-memory specs, with references taken from the running process (no downloads).</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation CreateCompilation(string source = "namespace Consumer { internal static class Placeholder { } }", LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose)) },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, generalDiagnosticOption: ReportDiagnostic.Default));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            specs,
            new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
            new TestOptionsProvider(fileOptions ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> CompileDiagnostics) Run(string path, string text, string? clientName = null, string? ns = null, LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        Dictionary<string, IReadOnlyDictionary<string, string>> options = new();
        Dictionary<string, string> metadata = new();
        if (clientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.ClientName"] = clientName;
        }

        if (ns is not null)
        {
            metadata["build_metadata.AdditionalFiles.Namespace"] = ns;
        }

        options[path] = metadata;
        GeneratorDriver driver = CreateDriver(new[] { new InMemoryAdditionalText(path, text) }, options, languageVersion);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(languageVersion: languageVersion, nullable: nullable), out Compilation output, out _);
        ImmutableArray<Diagnostic> compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (driver.GetRunResult(), output, compileDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The test process runs on the same framework the generated code targets; its trusted assemblies are a complete reference set.
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        List<MetadataReference> references = trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Kumo.OpenApi.Runtime.ApiException).Assembly.Location));

        // The runtime's own dependencies (DI, IHttpClientFactory, configuration), which a consumer gets transitively.
        foreach (string file in Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll"))
        {
            references.Add(MetadataReference.CreateFromFile(file));
        }
        return references.ToImmutableArray();
    }
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> fileOptions) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        fileOptions.TryGetValue(textFile.Path, out IReadOnlyDictionary<string, string>? values) ? new DictionaryOptions(values) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
