using System.Text.Json;
using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

public sealed class AccountShowTests
{
    [Fact]
    public async Task Human_output_shows_user_credits_and_limits()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("account", "show");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Username:  " + cli.Emulator.MainUsername, result.Stdout);
        Assert.Contains("Credits:   9972.2324", result.Stdout);
        Assert.Contains("Resource limits:", result.Stdout);
        Assert.Matches(@"(?m)^  cores: +\d+$", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Json_output_has_the_api_names()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("account", "show", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(cli.Emulator.MainUsername, json.RootElement.GetProperty("username").GetString());
        Assert.Equal(9972.2324, json.RootElement.GetProperty("credits").GetDouble());
        Assert.True(json.RootElement.GetProperty("resource_limits").GetProperty("cores").GetInt64() > 0);
    }

    [Fact]
    public async Task Global_options_may_come_before_the_command()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunRawAsync(cli.TokenEnvironment, "--api-url", cli.ApiUrl, "-o", "json", "account", "show");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(cli.Emulator.MainUsername, json.RootElement.GetProperty("username").GetString());
    }
}
