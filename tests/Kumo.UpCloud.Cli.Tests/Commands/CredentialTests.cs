using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

public sealed class CredentialTests
{
    [Fact]
    public async Task Token_is_sent_as_a_bearer_token()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("account", "show");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Bearer", Assert.Single(cli.Handler.Requests).AuthorizationScheme);
    }

    [Fact]
    public async Task Basic_auth_works_with_a_warning()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["UPCLOUD_USERNAME"] = cli.Emulator.MainUsername,
            ["UPCLOUD_PASSWORD"] = cli.Options.MainPassword,
        };

        CliResult result = await cli.RunWithEnvironmentAsync(environment, "account", "show");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Username:  " + cli.Emulator.MainUsername, result.Stdout);
        Assert.Contains("Warning: using HTTP Basic authentication", result.Stderr);
        Assert.Contains("will deprecate it", result.Stderr);
        Assert.Contains("UPCLOUD_TOKEN", result.Stderr);
        Assert.DoesNotContain(cli.Options.MainPassword, result.AllOutput);
        Assert.Equal("Basic", Assert.Single(cli.Handler.Requests).AuthorizationScheme);
    }

    [Fact]
    public async Task Basic_auth_with_a_wrong_password_explains_the_failure()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["UPCLOUD_USERNAME"] = cli.Emulator.MainUsername,
            ["UPCLOUD_PASSWORD"] = "wrong-password",
        };

        CliResult result = await cli.RunWithEnvironmentAsync(environment, "token", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AUTHENTICATION_FAILED", result.Stderr);
        Assert.Contains("Check the user name and password", result.Stderr);
        Assert.DoesNotContain("wrong-password", result.AllOutput);
    }

    [Fact]
    public async Task Both_kinds_of_credentials_at_once_are_refused()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["UPCLOUD_TOKEN"] = cli.Emulator.SeededToken,
            ["UPCLOUD_USERNAME"] = cli.Emulator.MainUsername,
            ["UPCLOUD_PASSWORD"] = cli.Options.MainPassword,
        };

        CliResult result = await cli.RunWithEnvironmentAsync(environment, "account", "show");

        UsageErrorTests.AssertUsageError(cli, result, "only one authentication method can be used");
        Assert.DoesNotContain(cli.Emulator.SeededToken, result.AllOutput);
        Assert.DoesNotContain(cli.Options.MainPassword, result.AllOutput);
    }

    [Fact]
    public async Task No_credentials_says_how_to_set_them()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = "  " }, "token", "list");

        UsageErrorTests.AssertUsageError(cli, result, "No UpCloud credentials found. Set UPCLOUD_TOKEN");
    }

    [Theory]
    [InlineData("UPCLOUD_USERNAME", "UPCLOUD_PASSWORD is not")]
    [InlineData("UPCLOUD_PASSWORD", "UPCLOUD_USERNAME is not")]
    public async Task Half_of_basic_auth_is_refused(string variable, string expectedMessage)
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { [variable] = "something" }, "account", "show");

        UsageErrorTests.AssertUsageError(cli, result, expectedMessage);
    }

    [Fact]
    public async Task A_token_that_cannot_be_a_header_is_refused_without_echoing_it()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string broken = "ucat_" + "with space" + new string('x', 16);

        CliResult result = await cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = broken }, "account", "show");

        UsageErrorTests.AssertUsageError(cli, result, "UPCLOUD_TOKEN does not hold a usable API token");
        Assert.DoesNotContain("with space", result.AllOutput);
    }

    [Fact]
    public async Task A_user_name_with_a_colon_is_refused()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        var environment = new Dictionary<string, string?> { ["UPCLOUD_USERNAME"] = "a:b", ["UPCLOUD_PASSWORD"] = "pw-value" };

        CliResult result = await cli.RunWithEnvironmentAsync(environment, "account", "show");

        UsageErrorTests.AssertUsageError(cli, result, "must not contain ':'");
        Assert.DoesNotContain("pw-value", result.AllOutput);
    }
}
