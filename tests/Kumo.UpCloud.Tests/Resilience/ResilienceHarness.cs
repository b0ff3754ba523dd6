using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.UpCloud.Emulator;
using Kumo.UpCloud.Tests.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kumo.UpCloud.Tests.Resilience;

// The generated UpCloud client registered through AddApiClient exactly as an application would, pointed at
// an emulator over real loopback sockets, with every log line captured at Trace level.
internal sealed class ResilienceHarness : IAsyncDisposable
{
    public const string ClientName = "UpCloudClient";

    private readonly SecretWitness suite;
    private readonly SecretWitness own = new();

    private ResilienceHarness(UpCloudEmulator emulator, ManualTimeProvider time, SecretWitness suite)
    {
        Emulator = emulator;
        Time = time;
        this.suite = suite;
        AddSecret(emulator.SeededToken);
        AddSecret(new UpCloudEmulatorOptions().MainPassword);
    }

    public UpCloudEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public ServiceProvider Provider { get; private set; } = null!;

    public IUpCloudClient Client => Provider.GetRequiredService<IUpCloudClient>();

    public IEnumerable<CapturedLog> Logs => own.Logs.Entries;

    public static async Task<ResilienceHarness> StartAsync(SecretWitness suite, Action<ApiClientOptions>? configure = null)
    {
        var time = new ManualTimeProvider(EmulatorSession.Start);
        var emulator = await UpCloudEmulator.StartAsync(new UpCloudEmulatorOptions { TimeProvider = time });
        var harness = new ResilienceHarness(emulator, time, suite);
        harness.Provider = harness.BuildProvider(options =>
        {
            options.Token = emulator.SeededToken;
            options.BaseAddress = emulator.BaseAddress;
            // Short retry delays keep the suite fast; Retry-After still wins when the server sends it.
            options.ConfigureResilience = resilience => resilience.Retry.Delay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(options);
        });
        return harness;
    }

    public ServiceProvider BuildProvider(Action<ApiClientOptions> configure, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(own.Logs).AddProvider(suite.Logs));
        services.AddApiClient<IUpCloudClient, UpCloudClient>(ClientName, UpCloudClient.DefaultBaseAddress, http => new UpCloudClient(http), configure);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public void AddSecret(string? secret)
    {
        own.AddSecret(secret);
        suite.AddSecret(secret);
    }

    // Runs a call that must fail, and keeps the exception's message and text for the leak check.
    public async Task<TException> FailsWith<TException>(Func<Task> call)
        where TException : Exception
    {
        var exception = await Assert.ThrowsAnyAsync<TException>(call);
        own.AddException(exception);
        suite.AddException(exception);
        return exception;
    }

    public int Count(string method, string path) => Emulator.Requests.CountOf(method, path);

    public async ValueTask DisposeAsync()
    {
        try
        {
            own.AssertNoSecretLeaked();
        }
        finally
        {
            await Provider.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
