#if KUMO_EMBEDDED_EMULATOR
using Kumo.UpCloud.Emulator;
#endif

namespace Kumo.Packaging.Consumer;

/// <summary>
/// Where the UpCloud emulator runs: in this process (the emulator package, net10.0), or in another process that wrote
/// its address and token to the file named by KUMO_EMULATOR_FILE (the trimmed and NativeAOT builds, which do not
/// carry ASP.NET Core). The token travels through that file, never through output or the command line.
/// </summary>
internal sealed class EmulatorEndpoint : IAsyncDisposable
{
    /// <summary>The environment variable that names the endpoint file.</summary>
    public const string FileVariable = "KUMO_EMULATOR_FILE";

    private readonly IAsyncDisposable _owned;

    private EmulatorEndpoint(Uri baseAddress, string token, string description, IAsyncDisposable owned)
    {
        BaseAddress = baseAddress;
        Token = token;
        Description = description;
        _owned = owned;
    }

    /// <summary>The emulator's base address (http://127.0.0.1:port/).</summary>
    public Uri BaseAddress { get; }

    /// <summary>A token of the emulator's main account.</summary>
    public string Token { get; }

    /// <summary>Where the emulator runs, for the log.</summary>
    public string Description { get; }

    /// <summary>Uses the file named by KUMO_EMULATOR_FILE when set, else starts an emulator in this process.</summary>
    public static async Task<EmulatorEndpoint> OpenAsync()
    {
        // var: string? with Nullable enabled, string without; no annotation to break the Nullable-disabled build.
        var file = Environment.GetEnvironmentVariable(FileVariable);
        if (!string.IsNullOrEmpty(file))
        {
            string[] lines = await File.ReadAllLinesAsync(file);
            return new EmulatorEndpoint(new Uri(lines[0]), lines[1], $"another process at {lines[0]}", NothingToDispose.Instance);
        }

#if KUMO_EMBEDDED_EMULATOR
        UpCloudEmulator emulator = await UpCloudEmulator.StartAsync();
        return new EmulatorEndpoint(emulator.BaseAddress, emulator.SeededToken, $"in-process at {emulator.BaseAddress}", emulator);
#else
        throw new InvalidOperationException($"This build has no in-process emulator: set {FileVariable}.");
#endif
    }

    /// <summary>Starts an emulator, writes its address and token to <paramref name="file"/>, and serves until stdin closes.</summary>
    public static async Task<int> ServeAsync(string file)
    {
#if KUMO_EMBEDDED_EMULATOR
        await using UpCloudEmulator emulator = await UpCloudEmulator.StartAsync();
        string temporary = file + ".tmp";
        await File.WriteAllLinesAsync(temporary, new[] { emulator.BaseAddress.ToString(), emulator.SeededToken });
        File.Move(temporary, file, overwrite: true);
        Console.WriteLine($"Serving the emulator at {emulator.BaseAddress} until stdin closes.");
        // The caller holds stdin open while it needs the emulator; a bound keeps a forgotten server from lingering.
        Task<string> stdinClosed = Console.In.ReadToEndAsync();
        await Task.WhenAny(stdinClosed, Task.Delay(TimeSpan.FromMinutes(15)));
        return 0;
#else
        _ = file;
        await Task.CompletedTask;
        Console.Error.WriteLine("This build has no in-process emulator to serve.");
        return 2;
#endif
    }

    /// <summary>Stops the in-process emulator, if any.</summary>
    public ValueTask DisposeAsync() => _owned.DisposeAsync();

    private sealed class NothingToDispose : IAsyncDisposable
    {
        public static readonly NothingToDispose Instance = new();

        public ValueTask DisposeAsync() => default;
    }
}
