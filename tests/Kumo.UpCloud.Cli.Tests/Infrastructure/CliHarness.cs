using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Cli.Tests.Infrastructure;

// Runs the tool in-process against one emulator on loopback, with the emulator's seeded token in a
// fake environment and a recording handler under the tool's HTTP stack.
internal sealed class CliHarness : IAsyncDisposable
{
    private CliHarness(UpCloudEmulator emulator, UpCloudEmulatorOptions options, FixedTimeProvider time)
    {
        Emulator = emulator;
        Options = options;
        Time = time;
        Handler = new RecordingHandler();
    }

    public UpCloudEmulator Emulator { get; }

    public UpCloudEmulatorOptions Options { get; }

    public FixedTimeProvider Time { get; }

    public RecordingHandler Handler { get; }

    public string ApiUrl => Emulator.BaseAddress.ToString();

    public Dictionary<string, string?> TokenEnvironment => new(StringComparer.Ordinal) { ["UPCLOUD_TOKEN"] = Emulator.SeededToken };

    public static async Task<CliHarness> StartAsync()
    {
        FixedTimeProvider time = FixedTimeProvider.AtCurrentSecond();
        var options = new UpCloudEmulatorOptions { TimeProvider = time };
        UpCloudEmulator emulator = await UpCloudEmulator.StartAsync(options);
        return new CliHarness(emulator, options, time);
    }

    // The given arguments plus --api-url of the emulator, authenticated with the seeded token.
    public Task<CliResult> RunAsync(params string[] args) => RunWithEnvironmentAsync(TokenEnvironment, args);

    public Task<CliResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunRawAsync(environment, [.. args, "--api-url", ApiUrl]);

    // Exactly the given arguments (no --api-url added).
    public async Task<CliResult> RunRawAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = await App.RunAsync(args, stdout, stderr, environment, Time, Handler);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Handler.Dispose();
        await Emulator.DisposeAsync();
    }
}
