using System.Text.Json;
using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

public sealed class TokenShowAndDeleteTests
{
    [Fact]
    public async Task Show_prints_the_details_for_people()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string id = await CreateAsync(cli, "terraform");

        CliResult result = await cli.RunAsync("token", "show", id);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ID:                 " + id, result.Stdout);
        Assert.Contains("Name:               terraform", result.Stdout);
        Assert.Contains("Type:               workspace", result.Stdout);
        Assert.Contains("Last used:          never", result.Stdout);
        Assert.Contains("Allowed IP ranges:  1.2.3.4", result.Stdout);
        Assert.DoesNotContain("ucat_", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Show_prints_json_without_the_secret()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string id = await CreateAsync(cli, "terraform");

        CliResult result = await cli.RunAsync("token", "show", id, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("workspace", json.RootElement.GetProperty("type").GetString());
        Assert.False(json.RootElement.TryGetProperty("token", out _));
        Assert.Equal(cli.Time.Now, json.RootElement.GetProperty("created_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Delete_revokes_the_token()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string id = await CreateAsync(cli, "short-lived");

        CliResult deleted = await cli.RunAsync("token", "delete", id);
        CliResult shown = await cli.RunAsync("token", "show", id);

        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.StartsWith($"Deleted token {id}.", deleted.Stdout);
        Assert.Equal("DELETE", cli.Handler.Requests[^2].Method);
        Assert.Equal(1, shown.ExitCode);
    }

    [Fact]
    public async Task Delete_prints_json_for_scripts()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string id = await CreateAsync(cli, "short-lived");

        CliResult result = await cli.RunAsync("token", "delete", id, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.True(json.RootElement.GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task The_upctl_spelling_account_token_show_and_delete_work_too()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string id = await CreateAsync(cli, "terraform");

        CliResult shown = await cli.RunAsync("account", "token", "show", id);
        CliResult deleted = await cli.RunAsync("account", "token", "delete", id);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
    }

    internal static async Task<string> CreateAsync(CliHarness cli, string name)
    {
        CliResult created = await cli.RunAsync("token", "create", "--name", name, "--expires-in", "1h", "--allow-ip-range", "1.2.3.4", "-o", "json");
        Assert.True(created.ExitCode == 0, created.ToString());
        using JsonDocument json = JsonDocument.Parse(created.Stdout);
        return json.RootElement.GetProperty("id").GetString()!;
    }
}
