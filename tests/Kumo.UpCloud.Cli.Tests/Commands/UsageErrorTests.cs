using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

// Every rejected command line exits with 2, says why on stderr, and sends nothing: the recording
// handler under the tool's HTTP stack proves that no request left.
public sealed class UsageErrorTests
{
    public static TheoryData<string[], string> InvalidTokenCreateArguments()
    {
        string longName = new('n', 1025);
        var tooManyRanges = new List<string>();
        for (int i = 0; i < 101; i++)
        {
            tooManyRanges.Add("--allow-ip-range");
            tooManyRanges.Add($"10.0.{i / 256}.{i % 256}");
        }

        return new TheoryData<string[], string>
        {
            { ["--name", "t"], "--expires-in (e.g. 1h, 24h, 7d, 1h30m) or --expires-at" },
            { ["--name", "t", "--expires-in", "1h", "--expires-at", "2099-01-01T00:00:00Z"], "either --expires-in or --expires-at, not both" },
            { ["--name", "t", "--expires-in", "7x"], "'7x' is not" },
            { ["--name", "t", "--expires-in", "1.5h"], "'1.5h' is not" },
            { ["--name", "t", "--expires-in", "1ms"], "'1ms' is not" },
            { ["--name", "t", "--expires-in", "h"], "'h' is not" },
            { ["--name", "t", "--expires-in", "1H"], "'1H' is not" },
            { ["--name", "t", "--expires-in", "1h 30m"], "'1h 30m' is not" },
            { ["--name", "t", "--expires-in", ""], "'' is not" },
            { ["--name", "t", "--expires-in", "0h"], "longer than zero" },
            { ["--name", "t", "--expires-in", "0d0h0m0s"], "longer than zero" },
            { ["--name", "t", "--expires-in", "8761h"], "maximum token lifetime of one year" },
            { ["--name", "t", "--expires-in", "366d"], "maximum token lifetime of one year" },
            { ["--name", "t", "--expires-in", "365d1s"], "maximum token lifetime of one year" },
            { ["--name", "t", "--expires-in", "999999999d999999999d999999999d"], "maximum token lifetime of one year" },
            { ["--name", "t", "--expires-at", "2001-01-01T00:00:00Z"], "is not in the future" },
            { ["--name", "t", "--expires-at", "2999-01-01T00:00:00Z"], "more than one year" },
            { ["--name", "t", "--expires-at", "2030-01-01"], "RFC 3339" },
            { ["--name", "t", "--expires-at", "2030-01-01T00:00:00"], "RFC 3339" },
            { ["--name", "t", "--expires-at", "tomorrow"], "RFC 3339" },
            { ["--expires-in", "1h"], "--name is required" },
            { ["--name", "", "--expires-in", "1h"], "--name must not be empty" },
            { ["--name", longName, "--expires-in", "1h"], "1025 characters long; the API allows at most 1024" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "1.2.3"], "'1.2.3' is not an IP address" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "256.1.1.1"], "'256.1.1.1' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "01.2.3.4"], "'01.2.3.4' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "1.2.3.4/33"], "'1.2.3.4/33' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "::/129"], "'::/129' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "1.2.3.4/"], "'1.2.3.4/' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "1.2.3.9-1.2.3.4"], "'1.2.3.9-1.2.3.4' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "1.2.3.4-::1"], "'1.2.3.4-::1' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "fe80::1%eth0"], "'fe80::1%eth0' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "[::1]"], "'[::1]' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "example.com"], "'example.com' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", ""], "'' is not" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "1.2.3.4", "--allow-ip-range", "1.2.3.4"], "'1.2.3.4' is given more than once" },
            { ["--name", "t", "--expires-in", "1h", "--allow-ip-range", "2001:db8::1", "--allow-ip-range", "2001:DB8:0::1"], "'2001:DB8:0::1' is the same range as '2001:db8::1'" },
            { ["--name", "t", "--expires-in", "1h", .. tooManyRanges], "given 101 times; the API allows at most 100" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidTokenCreateArguments))]
    public async Task Token_create_rejects_bad_options_before_any_request(string[] options, string expectedMessage)
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync(["token", "create", .. options]);

        AssertUsageError(cli, result, expectedMessage);
    }

    [Theory]
    [InlineData(new[] { "token", "list", "--limit", "0" }, "--limit must be between 1 and 100; 0 is not.")]
    [InlineData(new[] { "token", "list", "--limit", "101" }, "--limit must be between 1 and 100; 101 is not.")]
    [InlineData(new[] { "token", "list", "--page", "0" }, "--page must be 1 or more; 0 is not.")]
    [InlineData(new[] { "token", "list", "--limit", "ten" }, "ten")]
    [InlineData(new[] { "token", "show", "not-a-uuid" }, "must be a UUID")]
    [InlineData(new[] { "token", "delete", "12345" }, "must be a UUID")]
    [InlineData(new[] { "token", "show" }, "Required argument missing")]
    [InlineData(new[] { "token", "frobnicate" }, "frobnicate")]
    [InlineData(new[] { "token" }, "Required command was not provided")]
    [InlineData(new[] { "account", "show", "--output", "yaml" }, "'yaml' not recognized")]
    [InlineData(new[] { "account", "show", "--unknown-flag" }, "--unknown-flag")]
    public async Task Other_commands_reject_bad_arguments_before_any_request(string[] args, string expectedMessage)
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync(args);

        AssertUsageError(cli, result, expectedMessage);
    }

    [Fact]
    public async Task A_token_pasted_as_an_id_is_not_echoed()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string pasted = TestTokens.Unknown();

        CliResult result = await cli.RunAsync("token", "delete", pasted);

        AssertUsageError(cli, result, "looks like an API token itself");
        Assert.DoesNotContain(pasted, result.AllOutput);
    }

    [Fact]
    public async Task A_token_pasted_as_an_unknown_argument_is_redacted()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string pasted = TestTokens.Unknown();

        CliResult result = await cli.RunAsync("account", "show", pasted);

        AssertUsageError(cli, result, "ucat_[redacted]");
        Assert.DoesNotContain(pasted, result.AllOutput);
    }

    [Theory]
    [InlineData("http://api.example.com")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("https://user:secret@api.upcloud.com")]
    public async Task Unsafe_or_malformed_api_urls_are_rejected(string apiUrl)
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunRawAsync(cli.TokenEnvironment, "account", "show", "--api-url", apiUrl);

        AssertUsageError(cli, result, "--api-url must be an absolute https URL");
        Assert.DoesNotContain("secret", result.AllOutput);
    }

    [Fact]
    public async Task Validation_comes_before_credentials_and_reports_every_problem()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunWithEnvironmentAsync(
            new Dictionary<string, string?>(),
            "token", "create", "--name", "", "--expires-in", "0s", "--allow-ip-range", "nope");

        AssertUsageError(cli, result, "--name must not be empty");
        Assert.Contains("longer than zero", result.Stderr);
        Assert.Contains("'nope' is not", result.Stderr);
        Assert.DoesNotContain("credentials", result.Stderr);
    }

    [Fact]
    public async Task Help_goes_to_stdout_with_exit_code_0()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunRawAsync(new Dictionary<string, string?>(), "token", "create", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--allow-ip-range", result.Stdout);
        Assert.Contains("--expires-in", result.Stdout);
        Assert.Empty(cli.Handler.Requests);
    }

    internal static void AssertUsageError(CliHarness cli, CliResult result, string expectedMessage)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expectedMessage, result.Stderr);
        Assert.Contains("Error: ", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Empty(cli.Handler.Requests);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
