using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kumo.Benchmarks;

/// <summary>
/// Entry point. <c>-- --filter '*'</c> runs every benchmark (BenchmarkDotNet arguments, e.g. <c>--filter '*Runtime*'</c>,
/// <c>--job dry</c>, <c>--inProcess</c>); <c>-- --report-sizes [UpCloud|GitHub]</c> prints the generator's one-off
/// figures (first run, peak memory, generated size, compile time) instead.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--report-sizes")
        {
            return GeneratorReport.Run(args.Skip(1).ToArray());
        }

        // Without a --job, BenchmarkDotNet's default job with caps only: the generator's GitHub cases take seconds
        // per iteration, and the automatic iteration count (up to 100) would keep a noisy shared machine busy for many
        // minutes. A default job in the config replaces the one --job names, so it is only added when none is given.
        IConfig config = args.Any(arg => arg is "--job" or "-j" || arg.StartsWith("--job=", StringComparison.Ordinal))
            ? DefaultConfig.Instance
            : DefaultConfig.Instance.AddJob(Job.Default.WithMaxIterationCount(20).WithMaxWarmupCount(10).AsDefault());
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
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
