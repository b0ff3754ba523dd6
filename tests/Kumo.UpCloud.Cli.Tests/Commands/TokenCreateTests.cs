using System.Text.Json;
using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

public sealed class TokenCreateTests
{
    [Fact]
    public async Task Human_output_shows_the_documented_example_and_the_token_once()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync(
            "token", "create", "--name", "terraform", "--expires-in", "1h",
            "--allow-ip-range", "1.2.3.4", "--allow-ip-range", "::/0", "--allow-ip-range", "2.3.4.0/24");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created API token 'terraform'.", result.Stdout);
        Assert.Contains("Allowed IP ranges:  1.2.3.4, ::/0, 2.3.4.0/24", result.Stdout);
        Assert.Contains("Can create tokens:  no", result.Stdout);
        Assert.Contains("Expires:            " + (cli.Time.Now + TimeSpan.FromHours(1)).ToString("yyyy-MM-dd HH:mm:ss") + " UTC", result.Stdout);
        Assert.Contains("shown only this once", result.Stdout);
        string secret = SecretOf(result.Stdout);
        Assert.StartsWith("ucat_", secret);
        Assert.Equal(1, Occurrences(result.Stdout, secret));
        Assert.DoesNotContain(secret, result.Stderr);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Json_output_has_the_token_and_the_note_goes_to_stderr()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "create", "--name", "ci", "--expires-in", "24h", "--can-create-tokens", "--allow-ip-range", "127.0.0.1", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement token = json.RootElement;
        Assert.Equal("ci", token.GetProperty("name").GetString());
        Assert.StartsWith("ucat_", token.GetProperty("token").GetString());
        Assert.True(token.GetProperty("can_create_tokens").GetBoolean());
        Assert.Equal(["127.0.0.1"], token.GetProperty("allowed_ip_ranges").EnumerateArray().Select(range => range.GetString()));
        Assert.Equal(cli.Time.Now + TimeSpan.FromHours(24), token.GetProperty("expires_at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, token.GetProperty("last_used_at").ValueKind);
        Assert.True(Guid.TryParse(token.GetProperty("id").GetString(), out _));
        Assert.Contains("shown only this once", result.Stderr);
        Assert.DoesNotContain(token.GetProperty("token").GetString()!, result.Stderr);
    }

    [Theory]
    [InlineData("1h30m", 5400)]
    [InlineData("90m", 5400)]
    [InlineData("30s", 30)]
    [InlineData("8760h", 31536000)]
    public async Task Hour_minute_second_durations_are_sent_as_expires_in(string expiresIn, int seconds)
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "create", "--name", "t", "--expires-in", expiresIn, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument body = JsonDocument.Parse(Assert.Single(cli.Handler.Requests).Body!);
        Assert.Equal(expiresIn, body.RootElement.GetProperty("expires_in").GetString());
        Assert.False(body.RootElement.TryGetProperty("expires_at", out _));
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(cli.Time.Now + TimeSpan.FromSeconds(seconds), json.RootElement.GetProperty("expires_at").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("7d", 7 * 24 * 3600)]
    [InlineData("1d12h", 36 * 3600)]
    [InlineData("365d", 365 * 24 * 3600)]
    public async Task Durations_with_days_become_expires_at_now_plus_the_duration(string expiresIn, int seconds)
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "create", "--name", "week", "--expires-in", expiresIn, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        DateTimeOffset expected = cli.Time.Now + TimeSpan.FromSeconds(seconds);
        using JsonDocument body = JsonDocument.Parse(Assert.Single(cli.Handler.Requests).Body!);
        Assert.False(body.RootElement.TryGetProperty("expires_in", out _));
        Assert.Equal(expected, body.RootElement.GetProperty("expires_at").GetDateTimeOffset());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(expected, json.RootElement.GetProperty("expires_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Expires_at_is_sent_as_given()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        DateTimeOffset expiresAt = cli.Time.Now.AddDays(30);

        CliResult result = await cli.RunAsync("token", "create", "--name", "t", "--expires-at", expiresAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(expiresAt, json.RootElement.GetProperty("expires_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Without_allow_ip_range_the_field_is_left_to_the_api_default()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "create", "--name", "t", "--expires-in", "1h", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument body = JsonDocument.Parse(Assert.Single(cli.Handler.Requests).Body!);
        Assert.False(body.RootElement.TryGetProperty("allowed_ip_ranges", out _));
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["0.0.0.0/0", "::/0"], json.RootElement.GetProperty("allowed_ip_ranges").EnumerateArray().Select(range => range.GetString()));
    }

    [Fact]
    public async Task The_created_token_works_as_UPCLOUD_TOKEN()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        CliResult created = await cli.RunAsync("token", "create", "--name", "local", "--expires-in", "1h", "--allow-ip-range", "127.0.0.0/8", "-o", "json");
        using JsonDocument json = JsonDocument.Parse(created.Stdout);
        string secret = json.RootElement.GetProperty("token").GetString()!;

        CliResult account = await cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = secret }, "account", "show");

        Assert.True(account.ExitCode == 0, account.ToString());
        Assert.Contains(cli.Emulator.MainUsername, account.Stdout);
    }

    [Fact]
    public async Task The_upctl_spelling_account_token_create_works_too()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("account", "token", "create", "--name", "terraform", "--expires-in", "1h", "--allow-ip-range", "::/0");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created API token 'terraform'.", result.Stdout);
    }

    internal static string SecretOf(string humanCreateOutput)
    {
        string line = humanCreateOutput.Split('\n').Single(text => text.StartsWith("Token: ", StringComparison.Ordinal));
        return line["Token: ".Length..].Trim();
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
