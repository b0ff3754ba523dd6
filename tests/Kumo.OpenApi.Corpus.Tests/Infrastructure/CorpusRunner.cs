using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>Runs the generator on one document and compiles what it produced, timing both halves.</summary>
internal static class CorpusRunner
{
    // Compiling is 90% of the corpus run, and the YAML twin of a JSON document usually generates the same code:
    // identical code (namespace aside) compiles identically, so its diagnostics are reused instead of compiled again.
    private static readonly ConcurrentDictionary<string, CompileOutcome> s_compiled = new(StringComparer.Ordinal);

    public static CorpusRunResult Run(string documentPath, string text, string clientName, string ns)
    {
        Dictionary<string, IReadOnlyDictionary<string, string>> options = new()
        {
            [documentPath] = new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.ClientName"] = clientName,
                ["build_metadata.AdditionalFiles.Namespace"] = ns,
            },
        };

        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(documentPath, text) }, options);
        Stopwatch generation = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _);
        generation.Stop();

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        string codeKey = CodeKey(run.GeneratedSources, ns);
        Stopwatch compile = Stopwatch.StartNew();
        CompileOutcome outcome = s_compiled.TryGetValue(codeKey, out CompileOutcome? earlier)
            ? earlier with { ReusedFrom = earlier.CompiledFor }
            : s_compiled.GetOrAdd(codeKey, Compile(output, documentPath));
        compile.Stop();

        INamedTypeSymbol? client = output.GetTypeByMetadataName(ns + "." + clientName);
        return new CorpusRunResult(
            documentPath,
            run.Exception,
            run.Diagnostics,
            client,
            run.GeneratedSources,
            outcome.Errors,
            outcome.Warnings,
            generation.Elapsed,
            compile.Elapsed,
            outcome.ReusedFrom);
    }

    private static CompileOutcome Compile(Compilation output, string documentPath)
    {
        ImmutableArray<Diagnostic> diagnostics = output.GetDiagnostics();
        return new CompileOutcome(
            documentPath,
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(CompileProblem.From).ToList(),
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(CompileProblem.From).ToList(),
            null);
    }

    /// <summary>A hash of every generated file with the document's own namespace masked out.</summary>
    private static string CodeKey(ImmutableArray<GeneratedSourceResult> sources, string ns)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (GeneratedSourceResult source in sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source.HintName.Replace(ns, "{ns}", StringComparison.Ordinal) + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(source.SourceText.ToString().Replace(ns, "{ns}", StringComparison.Ordinal) + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private sealed record CompileOutcome(string CompiledFor, IReadOnlyList<CompileProblem> Errors, IReadOnlyList<CompileProblem> Warnings, string? ReusedFrom);
}

internal sealed record CorpusRunResult(
    string DocumentPath,
    Exception? GeneratorException,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    INamedTypeSymbol? Client,
    ImmutableArray<GeneratedSourceResult> Sources,
    IReadOnlyList<CompileProblem> CompileErrors,
    IReadOnlyList<CompileProblem> CompileWarnings,
    TimeSpan GenerationTime,
    TimeSpan CompileTime,
    string? CompilationReusedFrom)
{
    public int GeneratedLines => Sources.Sum(s => s.SourceText.Lines.Count);

    /// <summary>Public instance methods of the generated client that return a task: one per operation.</summary>
    public int OperationMethodCount => Client is null
        ? 0
        : Client.GetMembers().OfType<IMethodSymbol>().Count(m =>
            m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic
            && m.ReturnType.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" && m.ReturnType.Name == "Task");

    public IEnumerable<Diagnostic> GeneratorErrors => GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>CS8785 is what a consumer sees when the generator throws; KUMO008 is the generator's own catch-all.</summary>
    public bool GeneratorCrashed => GeneratorException is not null || GeneratorDiagnostics.Any(d => d.Id is "CS8785" or "KUMO008");
}

/// <summary>A compiler diagnostic in generated code, with the offending line so the report reads without the sources at hand.</summary>
internal sealed record CompileProblem(string Id, string File, int Line, int Column, string Message, string LineText)
{
    public static CompileProblem From(Diagnostic diagnostic)
    {
        Location location = diagnostic.Location;
        if (!location.IsInSource)
        {
            return new CompileProblem(diagnostic.Id, "(no file)", 0, 0, diagnostic.GetMessage(), "");
        }

        FileLinePositionSpan span = location.GetLineSpan();
        int line = span.StartLinePosition.Line;
        string lineText = location.SourceTree!.GetText().Lines[line].ToString().Trim();
        return new CompileProblem(diagnostic.Id, Path.GetFileName(span.Path), line + 1, span.StartLinePosition.Character + 1, diagnostic.GetMessage(), lineText);
    }

    public override string ToString() => $"{File}({Line},{Column}): {Id}: {Message}";
}
