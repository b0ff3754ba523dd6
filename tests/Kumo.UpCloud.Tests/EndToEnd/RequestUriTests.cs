using System.Globalization;
using Kumo.OpenApi.Runtime.Http;

namespace Kumo.UpCloud.Tests.EndToEnd;

/// <summary>
/// The URIs the generated client builds (path values escaped or formatted invariantly, the query appended) and the
/// operation each request carries for the pipeline's logs.
/// </summary>
public sealed class RequestUriTests
{
    private static async Task<HttpRequestMessage> SentBy(Func<UpCloudClient, Task> call, string baseAddress = "https://api.upcloud.com/")
    {
        CaptureHandler handler = new();
        using HttpClient http = new(handler) { BaseAddress = new Uri(baseAddress) };
        await Assert.ThrowsAsync<CapturedException>(() => call(new UpCloudClient(http)));
        return handler.Request!;
    }

    [Fact]
    public async Task StringPathValuesAreEscapedAsOneSegment()
    {
        HttpRequestMessage request = await SentBy(client => client.GetAccountDetailsAsync("a b/c?d#e%f{g}"));

        Assert.Equal("https://api.upcloud.com/1.3/account/details/a%20b%2Fc%3Fd%23e%25f%7Bg%7D", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task UuidPathValuesUseTheHyphenatedFormRegardlessOfCulture()
    {
        Guid uuid = Guid.Parse("0c6d3b5c-7a65-4b3b-9d1a-2f0e8c3a4b5d");
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
        try
        {
            HttpRequestMessage request = await SentBy(client => client.GetTokenAsync(uuid));

            Assert.Equal("https://api.upcloud.com/1.3/account/tokens/0c6d3b5c-7a65-4b3b-9d1a-2f0e8c3a4b5d", request.RequestUri!.AbsoluteUri);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task QueryValuesFollowThePathAndABaseAddressPathIsKept()
    {
        HttpRequestMessage request = await SentBy(client => client.ListTokensAsync(limit: 25), "http://127.0.0.1:5000/proxy/");

        Assert.Equal("http://127.0.0.1:5000/proxy/1.3/account/tokens?limit=25", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task RequestsCarryTheirOperationForLogsWithoutAnOptionsEntry()
    {
        HttpRequestMessage request = await SentBy(client => client.RevokeTokenAsync(Guid.NewGuid()));

        ApiRequestMessage apiRequest = Assert.IsType<ApiRequestMessage>(request);
        Assert.Equal("revokeToken", apiRequest.OperationId);
        Assert.Equal("/1.3/account/tokens/{token-uuid}", apiRequest.PathTemplate);
        Assert.Equal("/1.3/account/tokens/{token-uuid}", ApiRequestOptions.LoggedPath(request));
        Assert.Empty(request.Options);
    }

    [Fact]
    public void LoggedPathFallsBackToRecordedOptionsThenToThePathWithoutItsQuery()
    {
        using HttpRequestMessage recorded = new(HttpMethod.Get, "https://api.upcloud.com/1.3/account/details/someone?x=secret");
        ApiRequestOptions.SetOperation(recorded, "getAccountDetails", "/1.3/account/details/{username}");
        using HttpRequestMessage plain = new(HttpMethod.Get, "https://api.upcloud.com/1.3/account/details/someone?x=secret");

        Assert.Equal("/1.3/account/details/{username}", ApiRequestOptions.LoggedPath(recorded));
        Assert.Equal("/1.3/account/details/someone", ApiRequestOptions.LoggedPath(plain));
    }

    private sealed class CapturedException : Exception;

    private sealed class CaptureHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            throw new CapturedException();
        }
    }
}
