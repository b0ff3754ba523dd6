using BenchmarkDotNet.Running;

namespace Kumo.Benchmarks;

/// <summary>Entry point: pick benchmarks with --filter, e.g. <c>dotnet run -c Release -- --filter '*Analyzer*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
