using System.Net;
using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Tests.Emulator;

public sealed class EmulatorTokenValidationTests
{
    public static TheoryData<string, string[]> InvalidBodies()
    {
        var name1025 = new string('n', 1025);
        var ranges101 = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"10.0.{i}.0/24\""));
        return new TheoryData<string, string[]>
        {
            { """{"name":"","expires_in":"1h"}""", ["name"] },
            { """{"expires_in":"1h"}""", ["name"] },
            { """{"name":42,"expires_in":"1h"}""", ["name"] },
            { $$"""{"name":"{{name1025}}","expires_in":"1h"}""", ["name"] },
            { """{"name":"t","expires_at":"2025-12-01T00:00:00Z","expires_in":"1h"}""", ["expires_at", "expires_in"] },
            { """{"name":"t"}""", ["expires_at", "expires_in"] },
            { """{"name":"t","expires_in":"7d"}""", ["expires_in"] },
            { """{"name":"t","expires_in":"9000h"}""", ["expires_in"] },
            { """{"name":"t","expires_in":"8760h1s"}""", ["expires_in"] },
            { """{"name":"t","expires_in":"0s"}""", ["expires_in"] },
            { """{"name":"t","expires_in":"-1h"}""", ["expires_in"] },
            { """{"name":"t","expires_in":"1h30min"}""", ["expires_in"] },
            { """{"name":"t","expires_in":"500ms"}""", ["expires_in"] },
            { """{"name":"t","expires_in":""}""", ["expires_in"] },
            { """{"name":"t","expires_in":3600}""", ["expires_in"] },
            { """{"name":"t","expires_at":"2025-02-06T15:33:07Z"}""", ["expires_at"] },
            { """{"name":"t","expires_at":"2026-02-06T15:33:08Z"}""", ["expires_at"] },
            { """{"name":"t","expires_at":"tomorrow"}""", ["expires_at"] },
            { """{"name":"t","expires_at":"2025-12-01"}""", ["expires_at"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":["2.3.4.0/242"]}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":["1.2.3.4","1.2.3.4"]}""", ["allowed_ip_ranges"] },
            { $$"""{"name":"t","expires_in":"1h","allowed_ip_ranges":[{{ranges101}}]}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":["1.2.3"]}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":["5.5.5.5-1.1.1.1"]}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":["1.2.3.4-2001:db8::1"]}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":["::/129"]}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","allowed_ip_ranges":"0.0.0.0/0"}""", ["allowed_ip_ranges"] },
            { """{"name":"t","expires_in":"1h","can_create_tokens":"yes"}""", ["can_create_tokens"] },
            { """{"name":"t","expires_in":"1h","gui":1}""", ["gui"] },
            { """{"name":"t","expires_in":"1h","token_type":"workspace"}""", ["token_type"] },
            { """{"name":"","expires_in":"7d","allowed_ip_ranges":["x"]}""", ["name", "expires_in", "allowed_ip_ranges"] },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_create_requests_answer_400_with_invalid_params(string body, string[] names)
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.SendAsync(HttpMethod.Post, "1.3/account/tokens", session.Seeded, body);

        var problem = Expect.Problem(reply, HttpStatusCode.BadRequest, "ERROR_BAD_REQUEST");
        Assert.Equal("Bad request.", (string?)problem["title"]);
        Assert.Equal("Invalid parameters.", (string?)problem["detail"]);
        var invalid = problem["invalid_params"]!.AsArray();
        Assert.Equal(names, invalid.Select(item => (string)item!["name"]!).Distinct());
        Assert.All(invalid, item => Assert.False(string.IsNullOrWhiteSpace((string?)item!["reason"])));
        Assert.Single((await session.GetAsync("1.3/account/tokens", session.Seeded)).Array);
    }

    [Fact]
    public async Task Problem_body_has_exactly_the_documented_fields()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.SendAsync(HttpMethod.Post, "1.3/account/tokens", session.Seeded, """{"name":"t","expires_at":"2025-01-01T00:00:00Z"}""");

        var problem = Expect.Problem(reply, HttpStatusCode.BadRequest, "ERROR_BAD_REQUEST");
        Assert.Equal("en", reply.Headers["Content-Language"]);
        Expect.Json(
            $$"""
            {"type":"https://developers.upcloud.com/1.3/errors#ERROR_BAD_REQUEST","title":"Bad request.","detail":"Invalid parameters.",
             "status":400,"correlation_id":"{{problem["correlation_id"]}}",
             "invalid_params":[{"name":"expires_at","reason":"Token expiration time must be in the future."}]}
            """,
            problem);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("""{"name":"a","name":"b","expires_in":"1h"}""")]
    public async Task Malformed_json_answers_400_problem(string body)
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.SendAsync(HttpMethod.Post, "1.3/account/tokens", session.Seeded, body);

        Expect.Problem(reply, HttpStatusCode.BadRequest, "ERROR_BAD_REQUEST");
    }

    [Theory]
    [InlineData("1.2.3.4")]
    [InlineData("2001:db8::1")]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("0.0.0.0-0.0.0.255")]
    [InlineData("2001:db8::1-2001:db8::ff")]
    [InlineData("10.1.2.3/8")]
    public async Task Every_documented_ip_range_form_is_accepted(string range)
    {
        await using var session = await EmulatorSession.StartAsync();

        var token = await session.CreateTokenAsync(session.Seeded, $$"""{"name":"r","expires_in":"1h","allowed_ip_ranges":["{{range}}"]}""");

        Expect.Json($"[\"{range}\"]", token["allowed_ip_ranges"]!);
    }

    [Fact]
    public async Task Limits_are_inclusive()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ranges = new JsonArray(Enumerable.Range(0, 100).Select(i => (JsonNode?)$"10.0.{i}.0/24").ToArray());
        var body = new JsonObject
        {
            ["name"] = new string('n', 1024),
            ["expires_at"] = "2026-02-06T15:33:07.534408Z",
            ["allowed_ip_ranges"] = ranges,
        };

        var token = await session.CreateTokenAsync(session.Seeded, body.ToJsonString());

        Assert.Equal(1024, ((string)token["name"]!).Length);
        Assert.Equal(100, token["allowed_ip_ranges"]!.AsArray().Count);
        Assert.Equal("2026-02-06T15:33:07.534408Z", (string?)token["expires_at"]);
    }
}
