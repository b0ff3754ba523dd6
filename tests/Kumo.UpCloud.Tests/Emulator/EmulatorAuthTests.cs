using System.Net;
using System.Text;
using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Tests.Emulator;

public sealed class EmulatorAuthTests
{
    private const string RequiredMessage = "The use of this API requires authentication.";
    private const string FailedMessage = "Authentication failed using the given username and password.";

    [Fact]
    public async Task Missing_credentials_answer_401_authentication_required()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account", authorization: null);

        Expect.LegacyError(reply, HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED", RequiredMessage);
    }

    [Fact]
    public async Task Unknown_bearer_token_answers_401_without_echoing_it()
    {
        await using var session = await EmulatorSession.StartAsync();
        const string unknown = "ucat_01JFJ0HDPBXE0DJBP9DXNBEGGP";

        var reply = await session.GetAsync("1.3/account", EmulatorSession.Bearer(unknown));

        Expect.LegacyError(reply, HttpStatusCode.Unauthorized, "AUTHENTICATION_FAILED", FailedMessage);
        Assert.DoesNotContain(unknown, reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Token abc")]
    [InlineData("Basic !!!not-base64")]
    [InlineData("Basic bm8tY29sb24=")] // "no-colon"
    public async Task Malformed_authorization_headers_answer_401_authentication_failed(string header)
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account", header);

        Expect.LegacyError(reply, HttpStatusCode.Unauthorized, "AUTHENTICATION_FAILED", FailedMessage);
    }

    [Fact]
    public async Task Seeded_token_is_a_ulid_token_that_authenticates_the_main_account()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account", session.Seeded);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("kumo_main", (string?)reply.Json["account"]!["username"]);
        Assert.Matches(Expect.TokenPattern(), session.Emulator.SeededToken);
        Assert.Equal(EmulatorSession.Start.ToUnixTimeMilliseconds(), Expect.UlidMilliseconds(session.Emulator.SeededToken[5..]));
        Assert.Equal("http", session.Emulator.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", session.Emulator.BaseAddress.Host);
        Assert.EndsWith("/", session.Emulator.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_seeded_token_and_username_are_used()
    {
        await using var session = await EmulatorSession.StartAsync(options =>
        {
            options.SeededToken = "ucat_01DQE3AJDEBFEKECFM558TGH2F";
            options.MainUsername = "apiuser01";
        });

        var reply = await session.GetAsync("1.3/account", EmulatorSession.Bearer("ucat_01DQE3AJDEBFEKECFM558TGH2F"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("apiuser01", session.Emulator.MainUsername);
        Assert.Equal("apiuser01", (string?)reply.Json["account"]!["username"]);
    }

    [Fact]
    public async Task Basic_authentication_works_for_the_main_user()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account", session.MainBasic);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("kumo_main", (string?)reply.Json["account"]!["username"]);
    }

    [Fact]
    public async Task Basic_authentication_decodes_utf8_passwords()
    {
        await using var session = await EmulatorSession.StartAsync(options => options.MainPassword = "Sälasana-Passw0rd-ü");

        var ok = await session.GetAsync("1.3/account", EmulatorSession.Basic("kumo_main", "Sälasana-Passw0rd-ü"));
        var latin1 = "Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes("kumo_main:Sälasana-Passw0rd-ü"));
        var wrongEncoding = await session.GetAsync("1.3/account", latin1);

        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongEncoding.Status);
    }

    [Fact]
    public async Task Wrong_password_answers_401_without_echoing_it()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account", EmulatorSession.Basic("kumo_main", "Wrong-Passw0rd-123"));
        var unknownUser = await session.GetAsync("1.3/account", EmulatorSession.Basic("nobody_here", "Kumo-Emulator-Passw0rd"));

        Expect.LegacyError(reply, HttpStatusCode.Unauthorized, "AUTHENTICATION_FAILED", FailedMessage);
        Assert.DoesNotContain("Wrong-Passw0rd-123", reply.Body, StringComparison.Ordinal);
        Expect.LegacyError(unknownUser, HttpStatusCode.Unauthorized, "AUTHENTICATION_FAILED", FailedMessage);
    }

    [Fact]
    public async Task Token_stops_working_when_it_expires()
    {
        await using var session = await EmulatorSession.StartAsync();
        var created = await session.CreateTokenAsync(session.Seeded, """{"name":"short","expires_in":"1h"}""");
        var bearer = EmulatorSession.Bearer((string)created["token"]!);

        session.Time.Advance(TimeSpan.FromMinutes(59));
        var before = await session.GetAsync("1.3/account", bearer);
        session.Time.Advance(TimeSpan.FromMinutes(1));
        var after = await session.GetAsync("1.3/account", bearer);

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Expect.LegacyError(after, HttpStatusCode.Unauthorized, "AUTHENTICATION_FAILED", FailedMessage);
    }

    [Fact]
    public async Task Seeded_token_expires_after_one_year()
    {
        await using var session = await EmulatorSession.StartAsync();

        session.Time.Advance(TimeSpan.FromHours(8760) - TimeSpan.FromSeconds(1));
        var lastSecond = await session.GetAsync("1.3/account", session.Seeded);
        session.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await session.GetAsync("1.3/account", session.Seeded);

        Assert.Equal(HttpStatusCode.OK, lastSecond.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
    }

    [Fact]
    public async Task Revoked_token_answers_401()
    {
        await using var session = await EmulatorSession.StartAsync();
        var created = await session.CreateTokenAsync(session.Seeded, """{"name":"to-revoke","expires_in":"24h"}""");
        var bearer = EmulatorSession.Bearer((string)created["token"]!);

        Expect.NoContent(await session.DeleteAsync("1.3/account/tokens/" + created["id"], session.Seeded));
        var reply = await session.GetAsync("1.3/account", bearer);

        Expect.LegacyError(reply, HttpStatusCode.Unauthorized, "AUTHENTICATION_FAILED", FailedMessage);
    }

    [Fact]
    public async Task A_token_can_revoke_itself()
    {
        await using var session = await EmulatorSession.StartAsync();

        Expect.NoContent(await session.DeleteAsync("1.3/account/tokens/" + await SeededIdAsync(session), session.Seeded));

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("1.3/account", session.Seeded)).Status);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("1.3/account", session.MainBasic)).Status);
    }

    [Theory]
    [InlineData("""["127.0.0.1"]""", HttpStatusCode.OK)]
    [InlineData("""["127.0.0.0/8"]""", HttpStatusCode.OK)]
    [InlineData("""["127.0.0.1-127.0.0.9"]""", HttpStatusCode.OK)]
    [InlineData("""["0.0.0.0/1","::/0"]""", HttpStatusCode.OK)]
    [InlineData("""["0.0.0.0/0"]""", HttpStatusCode.OK)]
    [InlineData("""["10.0.0.0/8","::/0"]""", HttpStatusCode.Unauthorized)]
    [InlineData("""["128.0.0.0/1"]""", HttpStatusCode.Unauthorized)]
    [InlineData("""["127.0.0.2-127.0.0.9","1.2.3.4"]""", HttpStatusCode.Unauthorized)]
    [InlineData("""["::1","2001:db8::1-2001:db8::ff"]""", HttpStatusCode.Unauthorized)]
    [InlineData("""[]""", HttpStatusCode.Unauthorized)]
    public async Task Allowed_ip_ranges_are_checked_against_the_loopback_client(string ranges, HttpStatusCode expected)
    {
        await using var session = await EmulatorSession.StartAsync();
        var created = await session.CreateTokenAsync(session.Seeded, $$"""{"name":"ip","expires_in":"1h","allowed_ip_ranges":{{ranges}}}""");

        var reply = await session.GetAsync("1.3/account", EmulatorSession.Bearer((string)created["token"]!));

        Assert.Equal(expected, reply.Status);
    }

    [Fact]
    public async Task Gui_tokens_cannot_be_used_against_the_api()
    {
        await using var session = await EmulatorSession.StartAsync();
        var created = await session.CreateTokenAsync(session.Seeded, """{"name":"hub","expires_in":"1h","gui":true}""");

        var reply = await session.GetAsync("1.3/account", EmulatorSession.Bearer((string)created["token"]!));

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Unauthenticated_requests_to_unknown_paths_answer_401_before_routing()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/no/such/thing", authorization: null);

        Expect.LegacyError(reply, HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED", RequiredMessage);
    }

    [Theory]
    [InlineData("1.3/no/such/thing")]
    [InlineData("1.2/account")]
    [InlineData("1.3/account/")]
    [InlineData("1.3/account/tokens/x/y")]
    public async Task Unknown_paths_answer_404_legacy(string path)
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync(path, session.Seeded);

        Expect.LegacyError(reply, HttpStatusCode.NotFound, "NOT_FOUND", "The requested resource was not found.");
    }

    [Fact]
    public async Task Wrong_method_answers_405_legacy_with_allow_header()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.SendAsync(HttpMethod.Patch, "1.3/account/tokens", session.Seeded, "{}");

        Expect.LegacyError(reply, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", "The method PATCH is not allowed for this resource.");
        Assert.Equal("GET, POST", reply.Headers["Allow"]);
    }

    [Fact]
    public async Task Disposing_twice_is_harmless_and_stops_the_server()
    {
        var emulator = await UpCloudEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        await emulator.DisposeAsync();
        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("1.3/account"));
    }

    private static async Task<string> SeededIdAsync(EmulatorSession session)
    {
        var list = await session.GetAsync("1.3/account/tokens", session.Seeded);
        return (string)list.Array.Single(token => (string?)token!["name"] == "kumo-emulator-seeded-token")!["id"]!;
    }
}
