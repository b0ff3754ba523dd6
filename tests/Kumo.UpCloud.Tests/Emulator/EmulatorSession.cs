using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Tests.Emulator;

// One emulator plus a raw HttpClient over real loopback HTTP; every test starts its own.
internal sealed class EmulatorSession : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2025-02-06T15:33:07.534408Z", System.Globalization.CultureInfo.InvariantCulture);

    private EmulatorSession(UpCloudEmulator emulator, ManualTimeProvider time)
    {
        Emulator = emulator;
        Time = time;
        Http = new HttpClient { BaseAddress = emulator.BaseAddress };
    }

    public UpCloudEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public HttpClient Http { get; }

    public string Seeded => Bearer(Emulator.SeededToken);

    public string MainBasic => Basic(Emulator.MainUsername, new UpCloudEmulatorOptions().MainPassword);

    public static async Task<EmulatorSession> StartAsync(Action<UpCloudEmulatorOptions>? configure = null)
    {
        var time = new ManualTimeProvider(Start);
        var options = new UpCloudEmulatorOptions { TimeProvider = time };
        configure?.Invoke(options);
        return new EmulatorSession(await UpCloudEmulator.StartAsync(options), time);
    }

    public static string Bearer(string token) => "Bearer " + token;

    public static string Basic(string username, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));

    public Task<Reply> GetAsync(string path, string? authorization) => SendAsync(HttpMethod.Get, path, authorization);

    public Task<Reply> DeleteAsync(string path, string? authorization) => SendAsync(HttpMethod.Delete, path, authorization);

    public async Task<Reply> SendAsync(HttpMethod method, string path, string? authorization, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var contentType = response.Content.Headers.TryGetValues("Content-Type", out var values) ? string.Join(",", values) : null;
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
        return new Reply(response.StatusCode, contentType, await response.Content.ReadAsStringAsync(), headers);
    }

    // Creates a token and returns the create response's JSON (which holds the bearer secret).
    public async Task<JsonObject> CreateTokenAsync(string authorization, string json)
    {
        var reply = await SendAsync(HttpMethod.Post, "1.3/account/tokens", authorization, json);
        Assert.True(reply.Status == HttpStatusCode.Created, reply.Body);
        return reply.Object;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}

internal sealed record Reply(HttpStatusCode Status, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("null body");

    public JsonObject Object => Json.AsObject();

    public JsonArray Array => Json.AsArray();
}
