using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.OpenApi.Runtime.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kumo.OpenApi.Runtime.Tests.DependencyInjection;

/// <summary>A service provider with one MiniClient registered through AddApiClient, a stub network and captured logs.</summary>
internal sealed class TestServices : IDisposable
{
    public const string Name = "MiniClient";

    private TestServices(ServiceProvider provider, RecordingHandler network, CapturingLoggerProvider logs)
    {
        Provider = provider;
        Network = network;
        Logs = logs;
    }

    public ServiceProvider Provider { get; }

    public RecordingHandler Network { get; }

    public CapturingLoggerProvider Logs { get; }

    public IMiniClient Client => Provider.GetRequiredService<IMiniClient>();

    public static TestServices Create(Action<ApiClientOptions> configure, Func<HttpRequestMessage, HttpResponseMessage>? respond = null)
    {
        var services = new ServiceCollection();
        var logs = new CapturingLoggerProvider();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var network = new RecordingHandler(respond ?? (_ => Json("{\"account\":{\"username\":\"kumo\"}}")));
        services.AddApiClient<IMiniClient, MiniClient>(Name, MiniClient.DefaultBaseAddress, http => new MiniClient(http), configure)
            .ConfigurePrimaryHttpMessageHandler(() => network);
        return new TestServices(services.BuildServiceProvider(), network, logs);
    }

    public static HttpResponseMessage Json(string body, System.Net.HttpStatusCode status = System.Net.HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    public void Dispose() => Provider.Dispose();
}
