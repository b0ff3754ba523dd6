using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>What the corpus requires of one generator run, and a report precise enough to fix the generator from.</summary>
internal sealed class CorpusVerdict
{
    private const int MaxListedErrors = 20;

    /// <summary>NAME_MAX on Linux and macOS: a longer hint name cannot be written by EmitCompilerGeneratedFiles.</summary>
    private const int MaxFileNameBytes = 255;

    private CorpusVerdict(CorpusRunResult result, IReadOnlyList<string> readerErrors, IReadOnlyList<string> problems)
    {
        Result = result;
        ReaderErrors = readerErrors;
        Problems = problems;
    }

    public CorpusRunResult Result { get; }

    /// <summary>Errors Microsoft.OpenApi itself reports for the document; empty for a valid document.</summary>
    public IReadOnlyList<string> ReaderErrors { get; }

    public IReadOnlyList<string> Problems { get; }

    public bool Passed => Problems.Count == 0;

    /// <summary>One line for known-failures.txt: the first problem.</summary>
    public string FirstProblem => Problems.Count == 0 ? "" : Problems[0];

    public static CorpusVerdict Evaluate(CorpusRunResult result, IReadOnlyList<string> readerErrors)
    {
        List<string> problems = new();
        if (result.GeneratorException is not null)
        {
            problems.Add($"CS8785 the generator threw {result.GeneratorException.GetType().Name}: {OneLine(result.GeneratorException.Message)}");
        }

        foreach (Diagnostic crash in result.GeneratorDiagnostics.Where(d => d.Id is "KUMO008" or "CS8785"))
        {
            problems.Add($"{crash.Id} {OneLine(crash.GetMessage(CultureInfo.InvariantCulture))}");
        }

        foreach (Diagnostic invalid in result.GeneratorDiagnostics.Where(d => d.Id is "KUMO001" or "KUMO002" && !HasLine(d, result.DocumentPath)))
        {
            problems.Add($"{invalid.Id} reported without a line in {result.DocumentPath}: {OneLine(invalid.GetMessage(CultureInfo.InvariantCulture))}");
        }

        bool valid = readerErrors.Count == 0;
        if (valid)
        {
            if (result.Client is null && !result.GeneratorCrashed)
            {
                problems.Add("no client generated for a document Microsoft.OpenApi accepts");
            }

            foreach (Diagnostic error in result.GeneratorErrors.Where(d => d.Id is not ("KUMO008" or "CS8785")))
            {
                problems.Add($"generator error {error.Id} on a document Microsoft.OpenApi accepts: {OneLine(error.GetMessage(CultureInfo.InvariantCulture))}");
            }
        }
        else if (result.Client is null && !result.GeneratorDiagnostics.Any(d => d.Id is "KUMO001" or "KUMO002" && d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add("no client and no KUMO001/KUMO002 error for a document Microsoft.OpenApi rejects");
        }

        foreach (GeneratedSourceResult source in result.Sources.Where(s => Encoding.UTF8.GetByteCount(s.HintName) > MaxFileNameBytes))
        {
            problems.Add($"generated file name is {Encoding.UTF8.GetByteCount(source.HintName)} bytes (over {MaxFileNameBytes}: EmitCompilerGeneratedFiles fails with CS0016): {source.HintName}");
        }

        if (result.CompileErrors.Count > 0)
        {
            CompileProblem first = result.CompileErrors[0];
            problems.Add($"{result.CompileErrors.Count} compile error(s), first {first.Id}: {OneLine(first.Message)}");
        }

        return new CorpusVerdict(result, readerErrors, problems);
    }

    public string Report()
    {
        StringBuilder report = new();
        report.AppendLine(CultureInfo.InvariantCulture, $"{Result.DocumentPath}: {(Passed ? "passes" : "FAILS")}");
        foreach (string problem in Problems)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  - {problem}");
        }

        report.AppendLine(ReaderErrors.Count == 0
            ? "Microsoft.OpenApi: valid document"
            : $"Microsoft.OpenApi: {ReaderErrors.Count} error(s): {string.Join(" | ", ReaderErrors.Take(3).Select(OneLine))}");
        report.AppendLine("Generator diagnostics: " + GeneratorDiagnosticSummary());
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Generated: client {(Result.Client is null ? "MISSING" : Result.Client.Name)} with {Result.OperationMethodCount} operation methods, {Result.Sources.Length} files, {Result.GeneratedLines} lines; generation {Result.GenerationTime.TotalSeconds:0.00} s, compilation {Result.CompileTime.TotalSeconds:0.00} s");
        report.AppendLine(CultureInfo.InvariantCulture, $"Compiler warnings: {Result.CompileWarnings.Count}{CountsById(Result.CompileWarnings.Select(w => w.Id))}");
        if (Result.CompilationReusedFrom is not null)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"Compilation result reused from {Result.CompilationReusedFrom}: the generated code is identical apart from the namespace (file names below are that document's).");
        }

        if (Result.GeneratorException is not null)
        {
            report.AppendLine("Generator exception:").AppendLine(Result.GeneratorException.ToString());
        }

        if (Result.CompileErrors.Count > 0)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"First {Math.Min(MaxListedErrors, Result.CompileErrors.Count)} of {Result.CompileErrors.Count} compile errors{CountsById(Result.CompileErrors.Select(e => e.Id))}:");
            foreach (CompileProblem error in Result.CompileErrors.Take(MaxListedErrors))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {error}");
                report.AppendLine(CultureInfo.InvariantCulture, $"      | {error.LineText}");
            }
        }

        return report.ToString();
    }

    /// <summary>KUMO_CORPUS_DUMP=folder writes the report and every generated file there, to read the failing code in an editor.</summary>
    public void DumpIfRequested()
    {
        string? folder = Environment.GetEnvironmentVariable("KUMO_CORPUS_DUMP");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        string target = Path.Combine(folder, Result.DocumentPath.Replace('/', Path.DirectorySeparatorChar) + ".generated");
        Directory.CreateDirectory(target);
        File.WriteAllText(target + ".report.txt", Report());
        foreach (GeneratedSourceResult source in Result.Sources)
        {
            File.WriteAllText(Path.Combine(target, DumpFileName(source.HintName)), source.SourceText.ToString());
        }
    }

    /// <summary>Over-long hint names (one of the failures this corpus finds) are shortened so the dump itself never fails.</summary>
    private static string DumpFileName(string hintName)
    {
        if (Encoding.UTF8.GetByteCount(hintName) <= 200)
        {
            return hintName;
        }

        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(hintName)))[..12];
        return hintName[..150] + "~" + hash + ".g.cs";
    }

    private string GeneratorDiagnosticSummary()
    {
        if (Result.GeneratorDiagnostics.IsEmpty)
        {
            return "none";
        }

        return string.Join("; ", Result.GeneratorDiagnostics
            .GroupBy(d => (d.Id, d.Severity))
            .OrderBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Id} {g.Key.Severity.ToString().ToLowerInvariant()} x{g.Count()} (first at {Where(g.First())}: {Truncate(OneLine(g.First().GetMessage(CultureInfo.InvariantCulture)), 160)})"));
    }

    private static bool HasLine(Diagnostic diagnostic, string documentPath)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return diagnostic.Location.Kind == LocationKind.ExternalFile && span.IsValid && span.Path == documentPath;
    }

    private static string Where(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return span.IsValid ? $"line {span.StartLinePosition.Line + 1}" : "no location";
    }

    private static string CountsById(IEnumerable<string> ids)
    {
        string counts = string.Join(", ", ids.GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
        return counts.Length == 0 ? "" : " (" + counts + ")";
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
