using System;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kumo.Benchmarks;

/// <summary>
/// Entry point. <c>-- --filter '*'</c> runs every benchmark (BenchmarkDotNet arguments, e.g. <c>--filter '*Runtime*'</c>,
/// <c>--job dry</c>, <c>--inProcess</c>); <c>-- --report-sizes [UpCloud|GitHub]</c> prints the generator's one-off
/// figures (first run, peak memory, generated size, compile time) instead; <c>-- --paired</c> compares the runtime
/// clients in alternating batches (see <see cref="PairedRuntimeComparison"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--report-sizes")
        {
            return GeneratorReport.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "--paired")
        {
            return PairedRuntimeComparison.Run();
        }

        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        return Failed(summaries) ? 1 : 0;
    }

    /// <summary>A run fails when a benchmark did not build, did not validate, or threw.</summary>
    private static bool Failed(Summary[] summaries)
    {
        bool failed = false;
        foreach (Summary summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                Console.Error.WriteLine($"bench: {summary.Title} has critical validation errors.");
                failed = true;
            }

            foreach (BenchmarkReport report in summary.Reports.Where(report => !report.Success || !report.BuildResult.IsBuildSuccess))
            {
                Console.Error.WriteLine($"bench: {report.BenchmarkCase.DisplayInfo} failed.");
                failed = true;
            }
        }

        return failed;
    }
}
