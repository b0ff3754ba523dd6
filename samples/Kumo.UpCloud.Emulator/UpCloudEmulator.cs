using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kumo.UpCloud.Emulator;

// An in-memory UpCloud API 1.3 (account, sub-accounts, API tokens) served over real HTTP on loopback.
public sealed class UpCloudEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private int disposed;

    private UpCloudEmulator(WebApplication app, Uri baseAddress, string seededToken, string mainUsername, EmulatorFaults faults, RequestLog requests)
    {
        this.app = app;
        Faults = faults;
        Requests = requests;
        BaseAddress = baseAddress;
        SeededToken = seededToken;
        MainUsername = mainUsername;
    }

    public Uri BaseAddress { get; }

    public string SeededToken { get; }

    public string MainUsername { get; }

    // Scripted failures for resilience tests: statuses, Retry-After, delays, resets, broken bodies.
    public EmulatorFaults Faults { get; }

    // Every request received (method, path, credential scheme, User-Agent, connection id; never a credential).
    public RequestLog Requests { get; }

    public static async Task<UpCloudEmulator> StartAsync(UpCloudEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UpCloudEmulatorOptions();
        Validate(options);
        var state = new EmulatorState(options);

        // The empty builder reads no configuration files or environment and adds no log providers,
        // so the emulator prints nothing and cannot be redirected by ASPNETCORE_* variables.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();

        var app = builder.Build();
        var faults = new EmulatorFaults();
        var requests = new RequestLog();
        app.Run(new RequestDispatcher(state, Routes.Create(), faults, requests).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // Port 0 lets the OS pick a free port; Kestrel reports the bound address after start.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new UpCloudEmulator(app, new Uri(address.TrimEnd('/') + "/"), state.SeededToken.Secret, state.Main.Username, faults, requests);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static void Validate(UpCloudEmulatorOptions options)
    {
        if (options.MainUsername is not { Length: >= 4 and <= 64 })
        {
            throw new ArgumentException("MainUsername must be 4 to 64 characters long.", nameof(options));
        }

        if (string.IsNullOrEmpty(options.MainPassword))
        {
            throw new ArgumentException("MainPassword must not be empty.", nameof(options));
        }

        if (options.SeededToken is not null && (options.SeededToken.Length == 0 || options.SeededToken.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("SeededToken must be null or a non-empty string without white space.", nameof(options));
        }

        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
    }

    // The default ConsoleLifetime would take over Ctrl+C of the hosting process (a sample app or a
    // test runner) and stop only the emulator; an embedded server must leave the console alone.
    private sealed class EmbeddedHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
