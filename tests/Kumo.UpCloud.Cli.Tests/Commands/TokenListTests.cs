using System.Text.Json;
using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

public sealed class TokenListTests
{
    [Fact]
    public async Task Human_output_is_a_table_of_the_tokens()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        await cli.RunAsync("token", "create", "--name", "terraform", "--expires-in", "1h", "--allow-ip-range", "1.2.3.4", "--allow-ip-range", "::/0");

        CliResult result = await cli.RunAsync("token", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Stdout.TrimEnd().Split('\n');
        Assert.StartsWith("ID", lines[0]);
        Assert.Contains("NAME", lines[0]);
        Assert.Contains("ALLOWED IP RANGES", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, line => line.Contains("kumo-emulator-seeded-token", StringComparison.Ordinal) && line.Contains("0.0.0.0/0, ::/0", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("terraform", StringComparison.Ordinal) && line.Contains("1.2.3.4, ::/0", StringComparison.Ordinal) && line.Contains("never", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Json_output_is_an_array_without_secrets()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        await cli.RunAsync("token", "create", "--name", "second", "--expires-in", "2h");

        CliResult result = await cli.RunAsync("token", "list", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal(["kumo-emulator-seeded-token", "second"], json.RootElement.EnumerateArray().Select(token => token.GetProperty("name").GetString()));
        Assert.All(json.RootElement.EnumerateArray(), token => Assert.False(token.TryGetProperty("token", out _)));
        Assert.DoesNotContain("ucat_", result.Stdout);
    }

    [Fact]
    public async Task Limit_and_page_become_limit_and_offset()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        foreach (string name in new[] { "a", "b", "c", "d" })
        {
            await cli.RunAsync("token", "create", "--name", name, "--expires-in", "1h");
        }

        CliResult result = await cli.RunAsync("token", "list", "--limit", "2", "--page", "2", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        RecordedRequest request = cli.Handler.Requests[^1];
        Assert.Equal("/1.3/account/tokens", request.Uri.AbsolutePath);
        Assert.Equal("?limit=2&offset=2", request.Uri.Query);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["b", "c"], json.RootElement.EnumerateArray().Select(token => token.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Defaults_are_upctls_limit_100_page_1()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("?limit=100&offset=0", Assert.Single(cli.Handler.Requests).Uri.Query);
    }

    [Fact]
    public async Task A_full_page_points_to_the_next_one_and_an_empty_page_says_so()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult full = await cli.RunAsync("token", "list", "--limit", "1");
        CliResult empty = await cli.RunAsync("token", "list", "--page", "3");

        Assert.Contains("--page 2", full.Stdout);
        Assert.Equal("No tokens on page 3." + Environment.NewLine, empty.Stdout);
    }

    [Fact]
    public async Task The_upctl_spelling_account_token_list_works_too()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("account", "token", "list", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetArrayLength());
    }
}
