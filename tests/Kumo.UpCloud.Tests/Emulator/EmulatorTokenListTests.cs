using System.Net;

namespace Kumo.UpCloud.Tests.Emulator;

public sealed class EmulatorTokenListTests
{
    private const string Seed = "kumo-emulator-seeded-token";

    [Fact]
    public async Task Default_order_is_creation_order_and_paging_uses_limit_and_offset()
    {
        await using var session = await CreateFiveAsync();

        var all = await session.GetAsync("1.3/account/tokens", session.Seeded);
        var page = await session.GetAsync("1.3/account/tokens?limit=2&offset=1", session.Seeded);
        var last = await session.GetAsync("1.3/account/tokens?limit=2&offset=4", session.Seeded);
        var beyond = await session.GetAsync("1.3/account/tokens?offset=6", session.Seeded);

        Expect.Json($$"""["{{Seed}}","charlie","alpha","echo","bravo","delta"]""", EmulatorTokenTests.Names(all));
        Expect.Json("""["charlie","alpha"]""", EmulatorTokenTests.Names(page));
        Expect.Json("""["bravo","delta"]""", EmulatorTokenTests.Names(last));
        Expect.Json("[]", beyond.Json);
    }

    [Fact]
    public async Task Default_page_size_is_20_and_maximum_is_100()
    {
        await using var session = await EmulatorSession.StartAsync();
        for (var i = 0; i < 104; i++)
        {
            await session.CreateTokenAsync(session.Seeded, $$"""{"name":"t{{i:D3}}","expires_in":"1h"}""");
        }

        Assert.Equal(20, (await session.GetAsync("1.3/account/tokens", session.Seeded)).Array.Count);
        Assert.Equal(100, (await session.GetAsync("1.3/account/tokens?limit=100", session.Seeded)).Array.Count);
        Assert.Equal(5, (await session.GetAsync("1.3/account/tokens?limit=100&offset=100", session.Seeded)).Array.Count);
    }

    [Theory]
    [InlineData("sort=name", """["kumo-emulator-seeded-token","echo","delta","charlie","bravo","alpha"]""")]
    [InlineData("sort=%2Bname", """["alpha","bravo","charlie","delta","echo","kumo-emulator-seeded-token"]""")]
    [InlineData("sort=+name", """["alpha","bravo","charlie","delta","echo","kumo-emulator-seeded-token"]""")]
    [InlineData("sort=-created_at", """["delta","bravo","echo","alpha","charlie","kumo-emulator-seeded-token"]""")]
    [InlineData("sort=%2Bexpires_at,-name", """["echo","delta","charlie","alpha","bravo","kumo-emulator-seeded-token"]""")]
    [InlineData("sort=-name&limit=2&offset=1", """["echo","delta"]""")]
    public async Task Sort_accepts_fields_with_optional_direction_defaulting_to_descending(string query, string expected)
    {
        await using var session = await CreateFiveAsync();

        var reply = await session.GetAsync("1.3/account/tokens?" + query, session.Seeded);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Expect.Json(expected, EmulatorTokenTests.Names(reply));
    }

    [Fact]
    public async Task Sort_by_last_used_at_puts_never_used_tokens_last_when_descending()
    {
        await using var session = await EmulatorSession.StartAsync();
        var first = await session.CreateTokenAsync(session.Seeded, """{"name":"first","expires_in":"1h"}""");
        await session.CreateTokenAsync(session.Seeded, """{"name":"never","expires_in":"1h"}""");
        var second = await session.CreateTokenAsync(session.Seeded, """{"name":"second","expires_in":"1h"}""");
        session.Time.Advance(TimeSpan.FromMinutes(1));
        await session.GetAsync("1.3/account", EmulatorSession.Bearer((string)first["token"]!));
        session.Time.Advance(TimeSpan.FromMinutes(1));
        await session.GetAsync("1.3/account", EmulatorSession.Bearer((string)second["token"]!));
        session.Time.Advance(TimeSpan.FromMinutes(1));

        // The listing call itself uses the seeded token, so it is the most recently used.
        var reply = await session.GetAsync("1.3/account/tokens?sort=last_used_at", session.Seeded);

        Expect.Json($$"""["{{Seed}}","second","first","never"]""", EmulatorTokenTests.Names(reply));
        Assert.Equal("2025-02-06T15:36:07.534408Z", (string?)reply.Array[0]!["last_used_at"]);
        Assert.Equal("2025-02-06T15:34:07.534408Z", (string?)reply.Array[2]!["last_used_at"]);
    }

    [Fact]
    public async Task Gui_filter_selects_by_flag()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateTokenAsync(session.Seeded, """{"name":"hub","expires_in":"1h","gui":true}""");
        await session.CreateTokenAsync(session.Seeded, """{"name":"api","expires_in":"1h","gui":false}""");

        var gui = await session.GetAsync("1.3/account/tokens?gui=true", session.Seeded);
        var api = await session.GetAsync("1.3/account/tokens?gui=false", session.Seeded);

        Expect.Json("""["hub"]""", EmulatorTokenTests.Names(gui));
        Expect.Json($$"""["{{Seed}}","api"]""", EmulatorTokenTests.Names(api));
    }

    [Theory]
    [InlineData("limit=500", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=1.5", "offset")]
    [InlineData("gui=maybe", "gui")]
    [InlineData("sort=size", "sort")]
    [InlineData("sort=name,", "sort")]
    [InlineData("sort=*name", "sort")]
    [InlineData("limit=1&limit=2", "limit")]
    public async Task Invalid_list_parameters_answer_400_problem(string query, string parameter)
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account/tokens?" + query, session.Seeded);

        var problem = Expect.Problem(reply, HttpStatusCode.BadRequest, "ERROR_BAD_REQUEST");
        Assert.Equal(parameter, (string?)problem["invalid_params"]![0]!["name"]);
    }

    // Five tokens created one second apart, with names out of alphabetical order and expiries that differ.
    private static async Task<EmulatorSession> CreateFiveAsync()
    {
        var session = await EmulatorSession.StartAsync();
        var tokens = new (string Name, string ExpiresIn)[] { ("charlie", "3h"), ("alpha", "4h"), ("echo", "1h"), ("bravo", "5h"), ("delta", "2h") };
        foreach (var (name, expiresIn) in tokens)
        {
            session.Time.Advance(TimeSpan.FromSeconds(1));
            await session.CreateTokenAsync(session.Seeded, $$"""{"name":"{{name}}","expires_in":"{{expiresIn}}"}""");
        }

        return session;
    }
}
