using System.Text.Json;
using Kumo.OpenApi.Runtime.Http;

namespace Kumo.OpenApi.Runtime.Tests.TestSupport;

internal interface IMiniClient
{
    Task<string> GetUsernameAsync(CancellationToken cancellationToken = default);

    Task PostAsync(CancellationToken cancellationToken = default);
}

/// <summary>A hand-written client that calls <see cref="ApiHttp"/> the way generated code does.</summary>
internal sealed class MiniClient : IMiniClient
{
    public const string DefaultBaseAddress = "https://api.example.com";

    private readonly HttpClient _http;
    private readonly string _baseAddress;

    public MiniClient(HttpClient http)
    {
        _http = http;
        _baseAddress = ApiHttp.ResolveBaseAddress(http.BaseAddress, DefaultBaseAddress);
    }

    public HttpClient Http => _http;

    public async Task<string> GetUsernameAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiHttp.CreateUri(_baseAddress, "/1.3/account", "?secret_query=1"));
        ApiRequestOptions.SetOperation(request, "accountDetails", "/1.3/account");
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return await ApiHttp.ReadJsonAsync(response, ReadUsername, "AccountResponse", cancellationToken);
        }

        throw new ApiException(await ApiHttp.ReadErrorAsync(response, cancellationToken));
    }

    public async Task PostAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiHttp.CreateUri(_baseAddress, "/1.3/account/tokens", string.Empty))
        {
            Content = new StringContent("{\"name\":\"t\",\"password\":\"p4ssw0rd-value\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiException(await ApiHttp.ReadErrorAsync(response, cancellationToken));
        }
    }

    internal static string ReadUsername(ref Utf8JsonReader reader)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("account").GetProperty("username").GetString()
            ?? throw new JsonException("username is null");
    }
}
