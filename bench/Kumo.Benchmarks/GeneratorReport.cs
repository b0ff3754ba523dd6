using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.Benchmarks;

/// <summary>
/// The figures that are not benchmarks, printed by <c>--report-sizes</c>: the first generator run in a fresh process
/// (JIT and assembly loading included) with the process's peak resident memory, the size of the generated code, and
/// the time Roslyn takes to bind it (GetDiagnostics on the output compilation, once).
/// </summary>
internal static class GeneratorReport
{
    private const int RepeatedRuns = 5;

    public static int Run(IReadOnlyList<string> specNames)
    {
        List<string> names = specNames.Count > 0 ? specNames.ToList() : SpecCatalog.Available().ToList();

        // The largest document first, so the peak memory read after it is the generator's, not the compiler's.
        names = names.OrderBy(name => name == SpecCatalog.GitHub ? 0 : 1).ToList();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformationText()}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
        Console.WriteLine();
        Console.WriteLine("| spec | input | first run in a fresh process | peak RSS after it | runs 2 to 6 (new driver each) | allocated per cold run | generated files | generated lines | generated size | generator diagnostics | Roslyn GetDiagnostics on the output | C# errors / warnings | peak RSS after compiling |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        int failures = 0;
        foreach (string name in names)
        {
            failures += ReportOne(SpecCatalog.Get(name)) ? 0 : 1;
        }

        Console.WriteLine();
        foreach (string note in s_notes)
        {
            Console.WriteLine("- " + note);
        }

        Console.WriteLine();
        Console.WriteLine($"Runs 2 to {RepeatedRuns + 1} use the same process: the JIT's tiering shows in how they fall. 'allocated per cold run' is the last of them.");
        Console.WriteLine("Compile times are measured after one untimed GetDiagnostics on UpCloud's generated code, so they exclude Roslyn's own JIT warm-up.");

        return failures == 0 ? 0 : 1;
    }

    private static bool ReportOne(SpecCase spec)
    {
        if (!File.Exists(spec.Path))
        {
            Console.WriteLine($"| {spec.Name} | absent: {spec.Path} (run .ci/fetch-github-spec) | | | | | | | | | | | |");
            return true;
        }

        string text = spec.ReadText();
        InMemoryAdditionalText additional = new InMemoryAdditionalText(spec.Path, text);
        CSharpCompilation compilation = GeneratorHost.CreateCompilation();

        Stopwatch first = Stopwatch.StartNew();
        GeneratorDriver driver = GeneratorHost.CreateDriver(additional, spec.ClientName, spec.Namespace).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        first.Stop();
        long peakAfterGeneration = PeakResidentBytes();

        // Further cold runs (a new driver each) in the same process: the JIT moves the generator and Microsoft.OpenApi
        // from quick tier-0 code to optimized code over the first runs, as in a long-lived compiler server or IDE.
        TimeSpan[] later = new TimeSpan[RepeatedRuns];
        long allocated = 0;
        for (int run = 0; run < RepeatedRuns; run++)
        {
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            Stopwatch again = Stopwatch.StartNew();
            GeneratorHost.CreateDriver(additional, spec.ClientName, spec.Namespace).RunGenerators(compilation);
            later[run] = again.Elapsed;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        }

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        int files = result.GeneratedSources.Length;
        long lines = result.GeneratedSources.Sum(source => (long)source.SourceText.Lines.Count);
        long bytes = result.GeneratedSources.Sum(source => (long)Encoding.UTF8.GetByteCount(source.SourceText.ToString()));

        WarmUpCompiler();
        Stopwatch compile = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> diagnostics = output.GetDiagnostics();
        compile.Stop();
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        string generatorSummary = generatorDiagnostics.Length == 0
            ? "none"
            : string.Join(", ", generatorDiagnostics.GroupBy(d => d.Id + " " + d.Severity.ToString().ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() + "× " + g.Key));

        Console.WriteLine($"| {spec.Name} | {Mib(Encoding.UTF8.GetByteCount(text))} | {Seconds(first.Elapsed)} | {Mib(peakAfterGeneration)} | {string.Join(" / ", later.Select(Seconds))} | {Mib(allocated)} | {files:N0} | {lines:N0} | {Mib(bytes)} | {generatorSummary} | {Seconds(compile.Elapsed)} | {errors} / {warnings} | {Mib(PeakResidentBytes())} |");
        foreach (Diagnostic diagnostic in generatorDiagnostics.Concat(diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(8))
        {
            s_notes.Add(spec.Name + ": " + diagnostic);
        }

        return errors == 0;
    }

    private static readonly List<string> s_notes = new List<string>();
    private static bool s_compilerWarm;

    /// <summary>Binds UpCloud's generated client once, so the timed compile measures binding, not the JIT of Roslyn's binder.</summary>
    private static void WarmUpCompiler()
    {
        if (s_compilerWarm)
        {
            return;
        }

        s_compilerWarm = true;
        SpecCase upCloud = SpecCatalog.Get(SpecCatalog.UpCloud);
        GeneratorHost.CreateDriver(new InMemoryAdditionalText(upCloud.Path, upCloud.ReadText()), upCloud.ClientName, upCloud.Namespace)
            .RunGeneratorsAndUpdateCompilation(GeneratorHost.CreateCompilation(), out Compilation warmUp, out _);
        warmUp.GetDiagnostics();
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds >= 1 ? $"{elapsed.TotalSeconds:F2} s" : $"{elapsed.TotalMilliseconds:F0} ms";

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024.0):F1} MiB";

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + " on " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    /// <summary>The process's peak resident set (VmHWM on Linux; the peak working set elsewhere).</summary>
    private static long PeakResidentBytes()
    {
        const string statusFile = "/proc/self/status";
        if (File.Exists(statusFile))
        {
            foreach (string line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    string kilobytes = line.Substring("VmHWM:".Length).Trim().Split(' ')[0];
                    return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using Process process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
