using System.Net;
using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.OpenApi.Runtime.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Kumo.OpenApi.Runtime.Tests.DependencyInjection;

public sealed class ApiClientPipelineTests
{
    private static Action<ApiClientOptions> Fast(string token, Action<ApiClientOptions>? more = null) => o =>
    {
        o.Token = token;
        o.ConfigureResilience = resilience => resilience.Retry.Delay = TimeSpan.FromMilliseconds(1);
        more?.Invoke(o);
    };

    [Fact]
    public async Task Get_is_retried_after_503_and_each_attempt_carries_the_token()
    {
        string secret = TestTokens.New();
        int calls = 0;
        using var services = TestServices.Create(Fast(secret), _ => ++calls < 3
            ? TestServices.Json("{}", HttpStatusCode.ServiceUnavailable)
            : TestServices.Json("{\"account\":{\"username\":\"kumo\"}}"));

        Assert.Equal("kumo", await services.Client.GetUsernameAsync());

        Assert.Equal(3, services.Network.Requests.Count);
        Assert.All(services.Network.Requests, request => Assert.Equal("Bearer " + secret, request.Authorization));
        CapturedLog completed = Assert.Single(services.Logs.Entries, entry => entry.EventId.Name == "RequestCompleted");
        Assert.Equal("3", completed.Value("Attempts"));
        Assert.Equal("200", completed.Value("StatusCode"));
        services.Logs.AssertNeverContains(secret);
    }

    [Fact]
    public async Task Post_is_never_retried()
    {
        using var services = TestServices.Create(Fast(TestTokens.New()), _ => TestServices.Json("{}", HttpStatusCode.ServiceUnavailable));

        var exception = await Assert.ThrowsAsync<ApiException>(() => services.Client.PostAsync());

        Assert.Equal(503, exception.StatusCode);
        Assert.Single(services.Network.Requests);
    }

    [Fact]
    public async Task Post_is_not_retried_after_a_network_failure_either()
    {
        using var services = TestServices.Create(Fast(TestTokens.New()), _ => throw new HttpRequestException("connection reset"));

        await Assert.ThrowsAsync<HttpRequestException>(() => services.Client.PostAsync());

        Assert.Single(services.Network.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried_up_to_max_retries(HttpStatusCode status)
    {
        using var services = TestServices.Create(Fast(TestTokens.New(), o => o.MaxRetries = 2), _ => TestServices.Json("{}", status));

        var exception = await Assert.ThrowsAsync<ApiException>(() => services.Client.GetUsernameAsync());

        Assert.Equal((int)status, exception.StatusCode);
        Assert.Equal(3, services.Network.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task Client_errors_are_not_retried(HttpStatusCode status)
    {
        using var services = TestServices.Create(Fast(TestTokens.New()), _ => TestServices.Json("{}", status));

        await Assert.ThrowsAsync<ApiException>(() => services.Client.GetUsernameAsync());

        Assert.Single(services.Network.Requests);
    }

    [Fact]
    public async Task Max_retries_zero_disables_retries()
    {
        using var services = TestServices.Create(Fast(TestTokens.New(), o => o.MaxRetries = 0), _ => TestServices.Json("{}", HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<ApiException>(() => services.Client.GetUsernameAsync());

        Assert.Single(services.Network.Requests);
    }

    [Fact]
    public async Task Standard_resilience_can_be_turned_off()
    {
        using var services = TestServices.Create(
            Fast(TestTokens.New(), o => o.UseStandardResilience = false),
            _ => TestServices.Json("{}", HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<ApiException>(() => services.Client.GetUsernameAsync());

        Assert.Single(services.Network.Requests);
    }

    [Fact]
    public async Task Resilience_settings_can_be_overridden()
    {
        using var services = TestServices.Create(
            Fast(TestTokens.New(), o => o.ConfigureResilience = resilience =>
            {
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(1);
                resilience.Retry.MaxRetryAttempts = 1;
            }),
            _ => TestServices.Json("{}", HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<ApiException>(() => services.Client.GetUsernameAsync());

        Assert.Equal(2, services.Network.Requests.Count);
    }

    [Fact]
    public async Task Redirects_are_not_followed_by_the_registered_client()
    {
        using var services = TestServices.Create(Fast(TestTokens.New()), _ => new HttpResponseMessage(HttpStatusCode.Found)
        {
            Headers = { Location = new Uri("https://attacker.example/collect") },
        });

        var exception = await Assert.ThrowsAsync<ApiException>(() => services.Client.GetUsernameAsync());

        Assert.Equal(302, exception.StatusCode);
        Assert.Single(services.Network.Requests);
    }

    [Fact]
    public async Task Logs_carry_method_template_status_and_duration_but_no_query_or_secret()
    {
        string secret = TestTokens.New();
        using var services = TestServices.Create(Fast(secret));

        await services.Client.GetUsernameAsync();

        CapturedLog completed = Assert.Single(services.Logs.Entries, entry => entry.EventId.Name == "RequestCompleted");
        Assert.Equal("Kumo.OpenApi.Runtime.ApiClient.MiniClient", completed.Category);
        Assert.Equal(LogLevel.Information, completed.Level);
        Assert.Equal("GET", completed.Value("HttpMethod"));
        Assert.Equal("/1.3/account", completed.Value("PathTemplate"));
        Assert.True(double.Parse(completed.Value("ElapsedMilliseconds")!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Contains(services.Logs.Entries, entry => entry.EventId.Name == "AttemptCompleted" && entry.Level == LogLevel.Debug);
        Assert.DoesNotContain(services.Logs.Entries, entry => entry.AllText.Contains("secret_query", StringComparison.Ordinal));
        Assert.DoesNotContain(services.Logs.Entries, entry => entry.EventId.Name is "RequestBody" or "ResponseBody");
        Assert.DoesNotContain(services.Logs.Entries, entry => entry.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        services.Logs.AssertNeverContains(secret);
        services.Logs.AssertNeverContains("Authorization");
    }

    [Fact]
    public async Task Logged_bodies_are_bounded_and_redacted()
    {
        string secret = TestTokens.New();
        string created = TestTokens.New();
        string body = "{\"account\":{\"username\":\"kumo\"},\"token\":\"" + created + "\",\"note\":\"" + new string('x', 10_000) + "\"}";
        using var services = TestServices.Create(Fast(secret, o => o.LogBodies = true), request => request.Method == HttpMethod.Post
            ? TestServices.Json("{\"echo\":\"" + created + "\"}", HttpStatusCode.Created)
            : TestServices.Json(body));

        await services.Client.GetUsernameAsync();
        await services.Client.PostAsync();

        CapturedLog response = services.Logs.Entries.First(entry => entry.EventId.Name == "ResponseBody");
        Assert.True(response.Value("Body")!.Length < 4200);
        Assert.Contains("\"token\":\"[redacted]\"", response.Value("Body"), StringComparison.Ordinal);
        CapturedLog request = Assert.Single(services.Logs.Entries, entry => entry.EventId.Name == "RequestBody");
        Assert.Contains("\"password\":\"[redacted]\"", request.Value("Body"), StringComparison.Ordinal);
        services.Logs.AssertNeverContains(created);
        services.Logs.AssertNeverContains("p4ssw0rd-value");
        services.Logs.AssertNeverContains(secret);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_surfaces_as_timeout_exception()
    {
        using var services = TestServices.Create(Fast(TestTokens.New(), o =>
        {
            o.Timeout = TimeSpan.FromSeconds(3);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
        }));
        services.Network.Delay = TimeSpan.FromSeconds(10);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var exception = await Assert.ThrowsAsync<TimeoutException>(() => services.Client.GetUsernameAsync());

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), started.Elapsed.ToString());
        Assert.True(services.Network.Requests.Count >= 2, "the attempt timeout is transient for a GET, so it is retried");
        Assert.Contains("GET /1.3/account did not complete within", exception.Message, StringComparison.Ordinal);
        Assert.Contains(services.Logs.Entries, entry => entry.EventId.Name == "RequestFailed" && entry.Value("ErrorType") == "TimeoutException");
    }

    [Fact]
    public async Task An_attempt_timeout_longer_than_the_total_is_capped_below_it()
    {
        using var services = TestServices.Create(Fast(TestTokens.New(), o => o.Timeout = TimeSpan.FromMilliseconds(300)));
        services.Network.Delay = TimeSpan.FromSeconds(5);

        var started = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<TimeoutException>(() => services.Client.GetUsernameAsync());

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), started.Elapsed.ToString());
    }

    [Fact]
    public async Task Without_standard_resilience_the_total_timeout_still_applies()
    {
        using var services = TestServices.Create(Fast(TestTokens.New(), o =>
        {
            o.UseStandardResilience = false;
            o.Timeout = TimeSpan.FromMilliseconds(200);
        }));
        services.Network.Delay = TimeSpan.FromSeconds(5);

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => services.Client.GetUsernameAsync());

        Assert.Contains("did not complete within 00:00:00.2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_operation_canceled_exception()
    {
        using var services = TestServices.Create(Fast(TestTokens.New()));
        services.Network.Delay = TimeSpan.FromSeconds(5);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.Client.GetUsernameAsync(cts.Token));
    }
}
