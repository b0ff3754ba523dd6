using System.Net.Http.Headers;
using System.Reflection;
using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

#pragma warning disable CS0618 // BasicAuthenticationHandler is obsolete on purpose: these tests cover it.

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class BasicAuthenticationHandlerTests
{
    private static readonly Uri UpCloud = new("https://api.upcloud.com/");

    [Fact]
    public async Task Encodes_user_and_password_as_utf8()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BasicAuthenticationHandler("ä", "p:ss", UpCloud) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));

        // base64 of the UTF-8 bytes C3 A4 3A 70 3A 73 73 ("ä:p:ss"); Latin-1 would give "5DpwOnNz".
        Assert.Equal("Basic w6Q6cDpzcw==", network.Single.Authorization);
    }

    [Fact]
    public async Task Matches_the_documented_sample_header()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BasicAuthenticationHandler("username", "password", UpCloud) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.upcloud.com/1.3/account"));

        Assert.Equal("Basic dXNlcm5hbWU6cGFzc3dvcmQ=", network.Single.Authorization); // developers.upcloud.com architecture page
    }

    [Theory]
    [InlineData("https://evil.example/1.3/account")]
    [InlineData("https://api.upcloud.com:444/1.3/account")]
    [InlineData("http://api.upcloud.com/1.3/account")]
    public async Task Credentials_are_not_attached_for_another_origin(string url)
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BasicAuthenticationHandler("user", "mysecr3tPassword", UpCloud) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri(url));

        Assert.Null(network.Single.Authorization);
    }

    [Fact]
    public async Task Explicit_authorization_header_is_kept()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BasicAuthenticationHandler("user", "mysecr3tPassword", UpCloud) { InnerHandler = network });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ucat_01DQE3AJDEBFEKECFM558TGH2F");

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal("Bearer ucat_01DQE3AJDEBFEKECFM558TGH2F", network.Single.Authorization);
    }

    [Fact]
    public async Task Loopback_http_is_allowed()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BasicAuthenticationHandler("user", "pw", new Uri("http://127.0.0.1:8080/")) { InnerHandler = network });

        using HttpResponseMessage response = await client.GetAsync(new Uri("http://127.0.0.1:8080/1.3/account"));

        Assert.Equal("Basic dXNlcjpwdw==", network.Single.Authorization);
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_host_is_refused_at_construction()
    {
        var exception = Assert.Throws<ArgumentException>(() => new BasicAuthenticationHandler("user", "mysecr3tPassword", new Uri("http://api.upcloud.com/")));

        Assert.Contains("plain http", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mysecr3tPassword", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_user_names_and_passwords_are_rejected_without_echoing_them()
    {
        var colon = Assert.Throws<ArgumentException>(() => new BasicAuthenticationHandler("us:er", "pw", UpCloud));
        Assert.Equal("username", colon.ParamName);
        Assert.DoesNotContain("us:er", colon.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new BasicAuthenticationHandler("", "pw", UpCloud));
        var control = Assert.Throws<ArgumentException>(() => new BasicAuthenticationHandler("user", "secret\nvalue", UpCloud));
        Assert.DoesNotContain("secret", control.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new BasicAuthenticationHandler(null!, "pw", UpCloud));
        Assert.Throws<ArgumentNullException>(() => new BasicAuthenticationHandler("user", null!, UpCloud));
        Assert.Throws<ArgumentNullException>(() => new BasicAuthenticationHandler("user", "pw", null!));
    }

    [Fact]
    public void Empty_password_is_allowed()
    {
        using var handler = new BasicAuthenticationHandler("user", "", UpCloud);
    }

    [Fact]
    public void Synchronous_send_attaches_the_credentials()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(new BasicAuthenticationHandler("user", "pw", UpCloud) { InnerHandler = network });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.com/1.3/account");

        using HttpResponseMessage response = client.Send(request);

        Assert.Equal("Basic dXNlcjpwdw==", network.Single.Authorization);
    }

    [Fact]
    public void Is_obsolete_with_the_documented_message()
    {
        ObsoleteAttribute? obsolete = typeof(BasicAuthenticationHandler).GetCustomAttribute<ObsoleteAttribute>();

        Assert.NotNull(obsolete);
        Assert.Equal(
            "HTTP Basic authentication is discouraged by the API and will be deprecated; use an API token with BearerTokenHandler instead.",
            obsolete.Message);
        Assert.False(obsolete.IsError);
    }

    [Fact]
    public void ToString_and_debugger_display_never_show_the_password()
    {
        using var handler = new BasicAuthenticationHandler("user", "mysecr3tPassword", UpCloud);

        Assert.Equal("BasicAuthenticationHandler (https://api.upcloud.com:443)", handler.ToString());
        BearerTokenHandlerTests.AssertSecretsHiddenFromDebugger(typeof(BasicAuthenticationHandler), "_credentials");
    }
}
