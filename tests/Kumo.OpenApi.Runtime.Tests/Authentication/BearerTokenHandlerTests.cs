using System.Diagnostics;
using System.Net.Http.Headers;
using System.Reflection;
using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class BearerTokenHandlerTests
{
    private const string Token = "ucat_01DQE3AJDEBFEKECFM558TGH2F";
    private static readonly Uri UpCloud = new("https://api.upcloud.com/");

    [Theory]
    [InlineData("https://api.upcloud.com/1.3/account")]
    [InlineData("https://api.upcloud.com:443/1.3/account/tokens?limit=10")]
    [InlineData("https://API.UpCloud.com/1.3/account")]
    public async Task Token_is_attached_for_the_same_origin(string url)
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), UpCloud) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri(url));

        Assert.Equal("Bearer " + Token, network.Single.Authorization);
    }

    [Fact]
    public async Task Relative_request_on_a_client_with_the_base_address_gets_the_token()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), new Uri("https://api.upcloud.com/1.3/")) { InnerHandler = network })
        {
            BaseAddress = new Uri("https://api.upcloud.com/1.3/"),
        };

        using HttpResponseMessage response = await client.GetAsync(new Uri("account", UriKind.Relative));

        Assert.Equal(new Uri("https://api.upcloud.com/1.3/account"), network.Single.Uri);
        Assert.Equal("Bearer " + Token, network.Single.Authorization);
    }

    [Theory]
    [InlineData("https://evil.example/1.3/account")]          // other host
    [InlineData("https://api.upcloud.com.evil.example/1.3/")] // host with the API host as prefix
    [InlineData("https://upcloud.com/")]                      // parent domain
    [InlineData("https://api.upcloud.com:8443/1.3/account")]  // other port
    [InlineData("http://api.upcloud.com/1.3/account")]        // other scheme (and cleartext)
    [InlineData("https://api.upcloud.com./1.3/account")]      // trailing-dot spelling: not the configured host
    public async Task Token_is_not_attached_for_another_origin(string url)
    {
        var provider = new CountingProvider(Token);
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(provider, UpCloud) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri(url));

        Assert.Null(network.Single.Authorization);
        Assert.Equal(0, provider.Calls);
    }

    [Theory]
    [InlineData("http://api.upcloud.com/")]
    [InlineData("http://10.0.0.1:8080/")]
    [InlineData("http://[2001:db8::1]/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://0.0.0.0/")]
    public void Plain_http_to_a_non_loopback_host_is_refused_at_construction(string url)
    {
        var exception = Assert.Throws<ArgumentException>(() => new BearerTokenHandler(new StaticAccessTokenProvider(Token), new Uri(url)));

        Assert.Contains("plain http", exception.Message, StringComparison.Ordinal);
        Assert.Equal("apiBaseAddress", exception.ParamName);
        Assert.DoesNotContain(Token, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:8080/1.3/")]
    [InlineData("http://LOCALHOST/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.1.2.3:9000/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    public async Task Plain_http_to_loopback_is_allowed(string url)
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), new Uri(url)) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri(new Uri(url), "account"));

        Assert.Equal("Bearer " + Token, network.Single.Authorization);
    }

    [Fact]
    public async Task Explicit_authorization_header_is_kept()
    {
        var provider = new CountingProvider(Token);
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(provider, UpCloud) { InnerHandler = network });

        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ucat_callers_own_token");
        using HttpResponseMessage response = await client.SendAsync(request);

        using var custom = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");
        custom.Headers.TryAddWithoutValidation("Authorization", "Custom not-a-valid=header=value");
        using HttpResponseMessage second = await client.SendAsync(custom);

        Assert.Equal("Bearer ucat_callers_own_token", network.Requests[0].Authorization);
        Assert.Equal("Custom not-a-valid=header=value", network.Requests[1].Authorization);
        Assert.Equal(0, provider.Calls);
    }

    [Fact]
    public async Task Explicit_authorization_over_plain_http_to_a_non_loopback_host_is_never_sent()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new StaticAccessTokenProvider(Token), UpCloud) { InnerHandler = network });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://api.upcloud.com/1.3/account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ucat_callers_own_token");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(request));

        Assert.Empty(network.Requests);
        Assert.Contains("plain http", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ucat_callers_own_token", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_is_fetched_for_every_request()
    {
        var provider = new CountingProvider(Token);
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(provider, UpCloud) { InnerHandler = network });

        using HttpResponseMessage first = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));
        provider.Token = "ucat_01JFJ0HDR7EHQVZER2KZXBR5NC";
        using HttpResponseMessage second = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));

        Assert.Equal(2, provider.Calls);
        Assert.Equal("Bearer " + Token, network.Requests[0].Authorization);
        Assert.Equal("Bearer ucat_01JFJ0HDR7EHQVZER2KZXBR5NC", network.Requests[1].Authorization);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ucat_secret\r\nX-Injected: yes")]
    [InlineData("ucat_sec ret")]
    [InlineData("ucat_sécret")]
    public async Task Unusable_token_from_the_provider_stops_the_request_without_showing_it(string token)
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new CountingProvider(token), UpCloud) { InnerHandler = network });

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("https://api.upcloud.com/1.3/account")));

        Assert.Empty(network.Requests);
        if (token.Trim().Length > 0)
        {
            Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("sécret", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Provider_failure_propagates_and_nothing_is_sent()
    {
        var network = new RecordingHandler();
        string variable = "KUMO_TEST_MISSING_" + Guid.NewGuid().ToString("N");
        using var client = new HttpClient(new BearerTokenHandler(new EnvironmentAccessTokenProvider(variable), UpCloud) { InnerHandler = network });

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("https://api.upcloud.com/1.3/account")));

        Assert.Contains(variable, exception.Message, StringComparison.Ordinal);
        Assert.Empty(network.Requests);
    }

    [Fact]
    public async Task Cancellation_reaches_the_provider()
    {
        var provider = new CountingProvider(Token);
        using var client = new HttpClient(new BearerTokenHandler(provider, UpCloud) { InnerHandler = new RecordingHandler() });
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"), cts.Token));
    }

    [Fact]
    public void Synchronous_send_attaches_the_token_too()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new SlowProvider(Token), UpCloud) { InnerHandler = network });

        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");
        using HttpResponseMessage response = client.Send(request);
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "https://evil.example/");
        using HttpResponseMessage other = client.Send(foreign);

        Assert.Equal("Bearer " + Token, network.Requests[0].Authorization);
        Assert.Null(network.Requests[1].Authorization);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new BearerTokenHandler(null!, UpCloud));
        Assert.Throws<ArgumentNullException>(() => new BearerTokenHandler(new StaticAccessTokenProvider(Token), null!));
    }

    [Fact]
    public void ToString_and_debugger_display_show_only_the_base_address()
    {
        var handler = new BearerTokenHandler(new StaticAccessTokenProvider(Token), new Uri("https://api.upcloud.com/1.3/?x=1"));

        Assert.Equal("BearerTokenHandler (https://api.upcloud.com:443)", handler.ToString());
        AssertSecretsHiddenFromDebugger(typeof(BearerTokenHandler), "_tokenProvider");
        handler.Dispose();
    }

    internal static void AssertSecretsHiddenFromDebugger(Type type, string secretField)
    {
        var display = type.GetCustomAttribute<DebuggerDisplayAttribute>();
        Assert.NotNull(display);
        // Only the {expressions} of a debugger display are evaluated: none may reach a secret.
        foreach (System.Text.RegularExpressions.Match expression in System.Text.RegularExpressions.Regex.Matches(display.Value, "\\{([^}]*)\\}"))
        {
            string text = expression.Groups[1].Value;
            Assert.DoesNotContain(secretField, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("token", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("credential", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        }

        FieldInfo? field = type.GetField(secretField, BindingFlags.Instance | BindingFlags.NonPublic);
        Assert.NotNull(field);
        Assert.Equal(DebuggerBrowsableState.Never, field.GetCustomAttribute<DebuggerBrowsableAttribute>()?.State);
    }

    private sealed class CountingProvider(string token) : IAccessTokenProvider
    {
        public string Token { get; set; } = token;

        public int Calls { get; private set; }

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            Calls++;
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Token);
        }
    }

    private sealed class SlowProvider(string token) : IAccessTokenProvider
    {
        public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(10, cancellationToken);
            return token;
        }
    }
}
