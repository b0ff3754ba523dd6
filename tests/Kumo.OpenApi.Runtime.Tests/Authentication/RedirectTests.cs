using System.Net;
using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class RedirectTests
{
    private const string Token = "ucat_01DQE3AJDEBFEKECFM558TGH2F";

    [Fact]
    public async Task Redirect_followed_outside_the_handler_to_another_origin_carries_no_token()
    {
        var network = new RecordingHandler(request => request.RequestUri!.Host == "api.upcloud.com"
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://attacker.example/collect") } }
            : new HttpResponseMessage(HttpStatusCode.OK));
        var bearer = new BearerTokenHandler(new StaticAccessTokenProvider(Token), new Uri("https://api.upcloud.com/")) { InnerHandler = network };
        using var client = new HttpClient(new FollowRedirectsHandler { InnerHandler = bearer });

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, network.Requests.Count);
        Assert.Equal("Bearer " + Token, network.Requests[0].Authorization);
        Assert.Equal(new Uri("https://attacker.example/collect"), network.Requests[1].Uri);
        Assert.Null(network.Requests[1].Authorization);
    }

    [Fact]
    public async Task Real_302_to_another_origin_over_loopback_does_not_carry_the_token()
    {
        var seenByOther = new List<string?>();
        await using WebApplication other = await StartServerAsync(context =>
        {
            lock (seenByOther)
            {
                seenByOther.Add(context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString());
            }

            return context.Response.WriteAsync("landed");
        });
        string otherAddress = other.Urls.Single();

        var seenByApi = new List<string?>();
        await using WebApplication api = await StartServerAsync(context =>
        {
            lock (seenByApi)
            {
                seenByApi.Add(context.Request.Headers.Authorization.ToString());
            }

            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = otherAddress + "/collect";
            return Task.CompletedTask;
        });
        var apiBase = new Uri(api.Urls.Single() + "/");

        using (var following = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), apiBase)
        {
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = true },
        }))
        {
            using HttpResponseMessage response = await following.GetAsync(new Uri(apiBase, "1.3/account"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("landed", await response.Content.ReadAsStringAsync());
        }

        using (var notFollowing = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), apiBase)
        {
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false },
        }))
        {
            using HttpResponseMessage response = await notFollowing.GetAsync(new Uri(apiBase, "1.3/account"));
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        }

        Assert.Equal(new[] { "Bearer " + Token, "Bearer " + Token }, seenByApi);
        Assert.Equal(new string?[] { null }, seenByOther);
    }

    [Fact]
    public async Task Error_from_a_real_server_is_read_from_the_wire()
    {
        await using WebApplication api = await StartServerAsync(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(Bodies.LegacyAuthenticationRequired);
        });
        var apiBase = new Uri(api.Urls.Single() + "/");
        using var client = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), apiBase) { InnerHandler = new SocketsHttpHandler() });

        using HttpResponseMessage response = await client.GetAsync(new Uri(apiBase, "1.3/account"));
        ApiError error = await ApiError.FromResponseAsync(response);

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Unauthorized", error.ReasonPhrase);
        Assert.Equal("application/problem+json", error.ContentType);
        Assert.Equal("AUTHENTICATION_REQUIRED", error.ErrorCode);
        Assert.True(error.Headers.ContainsKey("date"));
        Assert.DoesNotContain(Token, new ApiException(error).ToString(), StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartServerAsync(RequestDelegate handler)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        return app;
    }

    /// <summary>A redirect follower placed outside the auth handler: each hop is a new request through it.</summary>
    private sealed class FollowRedirectsHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            for (int hop = 0; hop < 5 && response.StatusCode is HttpStatusCode.Found or HttpStatusCode.MovedPermanently && response.Headers.Location is { } location; hop++)
            {
                response.Dispose();
                using var next = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, location));
                response = await base.SendAsync(next, cancellationToken);
            }

            return response;
        }
    }
}
