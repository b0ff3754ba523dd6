using System.Net;
using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Tests.Emulator;

public sealed class EmulatorTokenTests
{
    private const string RecordedCreate =
        """{"name":"my_1st_token","expires_at":"2025-12-01T00:00:00Z","can_create_tokens":true,"allowed_ip_ranges":["0.0.0.0/0","::/0"]}""";

    [Fact]
    public async Task Create_list_get_use_and_revoke_a_token()
    {
        await using var session = await EmulatorSession.StartAsync();

        // Create: 201, bare object, the secret only here.
        var created = await session.SendAsync(HttpMethod.Post, "1.3/account/tokens", session.Seeded, RecordedCreate);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("application/json", created.ContentType);
        var token = created.Object;
        Assert.Equal(
            new[] { "token", "id", "name", "type", "created_at", "expires_at", "can_create_tokens", "allowed_ip_ranges", "gui" },
            token.Select(property => property.Key));
        var secret = (string)token["token"]!;
        var id = (string)token["id"]!;
        Assert.Matches(Expect.TokenPattern(), secret);
        Assert.Equal(EmulatorSession.Start.ToUnixTimeMilliseconds(), Expect.UlidMilliseconds(secret[5..]));
        Assert.StartsWith("0c", id, StringComparison.Ordinal);
        Assert.True(Guid.TryParseExact(id, "D", out _));
        Expect.Json(
            $$"""
            {"token":"{{secret}}","id":"{{id}}","name":"my_1st_token","type":"workspace",
             "created_at":"2025-02-06T15:33:07.534408Z","expires_at":"2025-12-01T00:00:00.000000Z",
             "can_create_tokens":true,"allowed_ip_ranges":["0.0.0.0/0","::/0"],"gui":false}
            """,
            token);

        // List: bare array without secrets; the new token has no last_used_at yet.
        var list = await session.GetAsync("1.3/account/tokens", session.Seeded);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("application/json", list.ContentType);
        Assert.Equal(2, list.Array.Count);
        Assert.All(list.Array, item => Assert.False(item!.AsObject().ContainsKey("token")));
        Assert.DoesNotContain(secret, list.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Emulator.SeededToken, list.Body, StringComparison.Ordinal);
        var listed = list.Array.Single(item => (string?)item!["id"] == id)!.AsObject();
        Assert.False(listed.ContainsKey("last_used_at"));

        // Get: same object minus the secret.
        var fetched = await session.GetAsync("1.3/account/tokens/" + id, session.Seeded);
        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        var withoutSecret = token.DeepClone().AsObject();
        withoutSecret.Remove("token");
        Expect.Json(withoutSecret.ToJsonString(), fetched.Json);

        // Using the token records last_used_at.
        session.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("1.3/account", EmulatorSession.Bearer(secret))).Status);
        var afterUse = await session.GetAsync("1.3/account/tokens/" + id, session.Seeded);
        Assert.Equal("2025-02-06T15:33:12.534408Z", (string?)afterUse.Json["last_used_at"]);

        // Revoke: 204, then the token is gone and stops working.
        Expect.NoContent(await session.DeleteAsync("1.3/account/tokens/" + id, session.Seeded));
        var gone = await session.GetAsync("1.3/account/tokens/" + id, session.Seeded);
        var problem = Expect.Problem(gone, HttpStatusCode.NotFound, "ERROR_NOT_FOUND");
        Assert.Equal("Not found.", (string?)problem["title"]);
        Assert.Equal("Token not found.", (string?)problem["detail"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("1.3/account", EmulatorSession.Bearer(secret))).Status);
        Expect.Problem(await session.DeleteAsync("1.3/account/tokens/" + id, session.Seeded), HttpStatusCode.NotFound, "ERROR_NOT_FOUND");
    }

    [Fact]
    public async Task Seeded_token_is_listed_as_a_one_year_token_that_may_create_tokens()
    {
        await using var session = await EmulatorSession.StartAsync();

        var list = await session.GetAsync("1.3/account/tokens", session.Seeded);

        var seeded = Assert.Single(list.Array)!.AsObject();
        Expect.Json(
            $$"""
            {"id":"{{seeded["id"]}}","name":"kumo-emulator-seeded-token","type":"workspace",
             "created_at":"2025-02-06T15:33:07.534408Z","expires_at":"2026-02-06T15:33:07.534408Z",
             "last_used_at":"2025-02-06T15:33:07.534408Z","can_create_tokens":true,
             "allowed_ip_ranges":["0.0.0.0/0","::/0"],"gui":false}
            """,
            seeded);
    }

    [Theory]
    [InlineData("1h30m", 5400)]
    [InlineData("24h", 86400)]
    [InlineData("15m", 900)]
    [InlineData("90s", 90)]
    [InlineData("1.5h", 5400)]
    [InlineData("8760h", 31536000)]
    public async Task Expires_in_is_added_to_the_creation_time(string expiresIn, int seconds)
    {
        await using var session = await EmulatorSession.StartAsync();

        var token = await session.CreateTokenAsync(session.Seeded, $$"""{"name":"d","expires_in":"{{expiresIn}}"}""");

        Assert.Equal(Expect.Timestamp(EmulatorSession.Start), (string?)token["created_at"]);
        Assert.Equal(Expect.Timestamp(EmulatorSession.Start.AddSeconds(seconds)), (string?)token["expires_at"]);
        Assert.Matches(Expect.TimestampPattern(), (string?)token["expires_at"]);
    }

    [Fact]
    public async Task Expires_at_is_echoed_in_utc_with_microseconds()
    {
        await using var session = await EmulatorSession.StartAsync();

        var token = await session.CreateTokenAsync(session.Seeded, """{"name":"at","expires_at":"2025-11-30T10:03:15.944+02:00"}""");

        Assert.Equal("2025-11-30T08:03:15.944000Z", (string?)token["expires_at"]);
    }

    [Fact]
    public async Task Defaults_allow_everywhere_and_grant_nothing_extra()
    {
        await using var session = await EmulatorSession.StartAsync();

        var token = await session.CreateTokenAsync(session.Seeded, """{"name":"defaults","expires_in":"1h","allowed_ip_ranges":null}""");

        Expect.Json("""["0.0.0.0/0","::/0"]""", token["allowed_ip_ranges"]!);
        Assert.False((bool)token["can_create_tokens"]!);
        Assert.False((bool)token["gui"]!);
    }

    [Fact]
    public async Task Token_without_can_create_tokens_gets_403_but_may_still_read()
    {
        await using var session = await EmulatorSession.StartAsync();
        var limited = await session.CreateTokenAsync(session.Seeded, """{"name":"limited","expires_in":"1h","can_create_tokens":false}""");
        var bearer = EmulatorSession.Bearer((string)limited["token"]!);

        var reply = await session.SendAsync(HttpMethod.Post, "1.3/account/tokens", bearer, """{"name":"child","expires_in":"1h"}""");

        var problem = Expect.Problem(reply, HttpStatusCode.Forbidden, "ERROR_FORBIDDEN");
        Assert.Equal("en", reply.Headers["Content-Language"]);
        Assert.False(problem.ContainsKey("invalid_params"));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("1.3/account/tokens", bearer)).Status);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("1.3/account/tokens/" + limited["id"], bearer)).Status);
    }

    [Fact]
    public async Task Token_with_can_create_tokens_and_basic_auth_may_create_tokens()
    {
        await using var session = await EmulatorSession.StartAsync();
        var parent = await session.CreateTokenAsync(session.Seeded, """{"name":"parent","expires_in":"1h","can_create_tokens":true}""");

        var child = await session.CreateTokenAsync(EmulatorSession.Bearer((string)parent["token"]!), """{"name":"child","expires_in":"1h"}""");
        var viaBasic = await session.CreateTokenAsync(session.MainBasic, RecordedCreate);

        Assert.Equal("child", (string?)child["name"]);
        Assert.Equal("my_1st_token", (string?)viaBasic["name"]);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("0c511c65-5375-4dd3-8a76-df12ba772110")]
    public async Task Unknown_or_malformed_ids_answer_404_problem(string id)
    {
        await using var session = await EmulatorSession.StartAsync();

        var get = await session.GetAsync("1.3/account/tokens/" + id, session.Seeded);
        var delete = await session.DeleteAsync("1.3/account/tokens/" + id, session.Seeded);

        Assert.Equal("Token not found.", (string?)Expect.Problem(get, HttpStatusCode.NotFound, "ERROR_NOT_FOUND")["detail"]);
        Expect.Problem(delete, HttpStatusCode.NotFound, "ERROR_NOT_FOUND");
    }

    [Fact]
    public async Task Concurrent_creates_mint_distinct_tokens()
    {
        await using var session = await EmulatorSession.StartAsync();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            session.CreateTokenAsync(session.Seeded, $$"""{"name":"parallel-{{i}}","expires_in":"1h"}""")));

        Assert.Equal(20, tokens.Select(token => (string?)token["token"]).Distinct().Count());
        Assert.Equal(20, tokens.Select(token => (string?)token["id"]).Distinct().Count());
        var list = await session.GetAsync("1.3/account/tokens?limit=100", session.Seeded);
        Assert.Equal(21, list.Array.Count);
    }

    internal static JsonNode Names(Reply reply) => new JsonArray(reply.Array.Select(token => (JsonNode?)(string?)token!["name"]).ToArray());
}
