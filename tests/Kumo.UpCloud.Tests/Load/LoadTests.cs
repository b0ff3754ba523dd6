using System.Diagnostics;
using System.Globalization;
using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.UpCloud.Emulator;
using Kumo.UpCloud.Tests.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Kumo.UpCloud.Tests.Load;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}

// 10,000 GET /1.3/account at 64 in flight through the DI-registered generated client against the emulator:
// no failure, one pooled handler (few TCP connections), a GC heap that does not grow. Runs alone, so the
// other tests do not distort its figures.
[Collection(LoadCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Concurrency = 64;

    [Fact]
    public async Task Ten_thousand_requests_at_64_concurrent_through_the_registered_client()
    {
        await using var emulator = await UpCloudEmulator.StartAsync();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        // Warnings and above are kept: a healthy run logs none, and any that appear are checked for the token.
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(logs));
        services.AddApiClient<IUpCloudClient, UpCloudClient>("UpCloudClient", UpCloudClient.DefaultBaseAddress, http => new UpCloudClient(http), options =>
        {
            options.Token = emulator.SeededToken;
            options.BaseAddress = emulator.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();

        // Warm up (JIT, connection pool), then measure the heap from a settled state.
        await RunAsync(provider, 500, Concurrency);
        emulator.Requests.Clear();
        long heapBefore = SettledHeap();

        var watch = Stopwatch.StartNew();
        var (latencies, failures) = await RunAsync(provider, Requests, Concurrency);
        watch.Stop();
        long heapAfter = SettledHeap();

        Array.Sort(latencies);
        double perSecond = Requests / watch.Elapsed.TotalSeconds;
        string report = string.Create(CultureInfo.InvariantCulture,
            $"load: {Requests} requests, {Concurrency} concurrent, {watch.Elapsed.TotalSeconds:F2} s, {perSecond:F0} requests/s, "
            + $"p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms, "
            + $"TCP connections {emulator.Requests.ConnectionCount}, GC heap before {heapBefore / 1024.0 / 1024.0:F1} MiB, after {heapAfter / 1024.0 / 1024.0:F1} MiB, "
            + $"failures {failures}");
        output.WriteLine(report);
        Console.WriteLine(report);

        Assert.Equal(0, failures);
        Assert.Equal(Requests, emulator.Requests.Count);
        // One handler pool: connections are reused, never one per request (socket exhaustion).
        Assert.InRange(emulator.Requests.ConnectionCount, 1, Concurrency * 2);
        // Stable memory: whatever the emulator's request log holds, the client side keeps nothing per request.
        Assert.True(heapAfter - heapBefore < 64L * 1024 * 1024, report);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(45), report);
        Assert.DoesNotContain(logs.Entries, entry => entry.AllText.Contains(emulator.SeededToken, StringComparison.Ordinal));
    }

    private static async Task<(double[] Latencies, int Failures)> RunAsync(IServiceProvider provider, int count, int concurrency)
    {
        var latencies = new double[count];
        int next = -1;
        int failures = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            // A typed client is transient; resolving it per request is what an ASP.NET Core app does per scope.
            while (true)
            {
                int index = Interlocked.Increment(ref next);
                if (index >= count)
                {
                    return;
                }

                long started = Stopwatch.GetTimestamp();
                try
                {
                    var client = provider.GetRequiredService<IUpCloudClient>();
                    await client.AccountDetailsAsync();
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }

                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }).ToArray();
        await Task.WhenAll(workers);
        return (latencies, failures);
    }

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
