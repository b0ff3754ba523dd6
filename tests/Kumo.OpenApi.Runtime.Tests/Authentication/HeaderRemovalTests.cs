using System.Net;
using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class HeaderRemovalTests
{
    [Fact]
    public async Task Bearer_header_is_sent_but_gone_from_the_request_afterwards()
    {
        string secret = TestTokens.New();
        var network = new RecordingHandler();
        var bearer = new BearerTokenHandler(new StaticAccessTokenProvider(secret), new Uri("https://api.upcloud.com/")) { InnerHandler = network };
        using var client = new HttpClient(bearer);

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));

        Assert.Equal("Bearer " + secret, network.Single.Authorization);
        Assert.Null(response.RequestMessage!.Headers.Authorization);
        Assert.DoesNotContain(secret, response.RequestMessage.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_header_is_removed_when_the_network_fails_and_reattached_on_the_next_attempt()
    {
        string secret = TestTokens.New();
        int attempt = 0;
        var network = new RecordingHandler(_ => ++attempt == 1 ? throw new HttpRequestException("connection reset") : new HttpResponseMessage(HttpStatusCode.OK));
        var bearer = new BearerTokenHandler(new StaticAccessTokenProvider(secret), new Uri("https://api.upcloud.com/")) { InnerHandler = network };
        using var invoker = new HttpMessageInvoker(bearer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(request, CancellationToken.None));
        Assert.Null(request.Headers.Authorization);
        using HttpResponseMessage retried = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(2, network.Requests.Count);
        Assert.All(network.Requests, sent => Assert.Equal("Bearer " + secret, sent.Authorization));
        Assert.Null(request.Headers.Authorization);
    }

    [Fact]
    public async Task A_callers_own_header_is_left_on_the_request()
    {
        var network = new RecordingHandler();
        var bearer = new BearerTokenHandler(new StaticAccessTokenProvider(TestTokens.New()), new Uri("https://api.upcloud.com/")) { InnerHandler = network };
        using var invoker = new HttpMessageInvoker(bearer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer callers-own");

        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("Bearer callers-own", network.Single.Authorization);
        Assert.NotNull(request.Headers.Authorization);
    }

#pragma warning disable CS0618 // HTTP Basic is what this test is about.
    [Fact]
    public async Task Basic_header_is_sent_but_gone_from_the_request_afterwards()
    {
        var network = new RecordingHandler();
        var basic = new BasicAuthenticationHandler("user", "pässword-secret", new Uri("https://api.upcloud.com/")) { InnerHandler = network };
        using var client = new HttpClient(basic);

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));

        Assert.StartsWith("Basic ", network.Single.Authorization, StringComparison.Ordinal);
        Assert.Null(response.RequestMessage!.Headers.Authorization);
    }
#pragma warning restore CS0618
}
