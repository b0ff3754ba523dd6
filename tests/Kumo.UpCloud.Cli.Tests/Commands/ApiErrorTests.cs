using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

// Answers from the API that are errors: exit code 1, the API's code, message, detail, correlation id
// and invalid parameters on stderr, advice where there is some, and never a stack trace.
public sealed class ApiErrorTests
{
    [Theory]
    [InlineData("account", "show")]
    [InlineData("token", "list")]
    public async Task An_unknown_token_gives_authentication_advice(string group, string command)
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string unknown = TestTokens.Unknown();

        CliResult result = await cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = unknown }, group, command);

        AssertApiError(result, "HTTP 401 AUTHENTICATION_FAILED: Authentication failed using the given username and password.");
        Assert.Contains("Hint: the API did not accept the token in UPCLOUD_TOKEN. Set UPCLOUD_TOKEN to a valid API token", result.Stderr);
        Assert.Contains("has not expired", result.Stderr);
        Assert.Contains("allowed IP ranges", result.Stderr);
        Assert.DoesNotContain(unknown, result.AllOutput);
    }

    [Fact]
    public async Task Show_of_an_unknown_id_prints_the_problem_details()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "show", Guid.NewGuid().ToString());

        AssertApiError(result, "Error: Getting the token failed: HTTP 404 NOT_FOUND: Not found.");
        Assert.Contains("  Detail:          Token not found.", result.Stderr);
        Assert.Matches(@"  Correlation id:  [0-9A-Z]{26}", result.Stderr);
    }

    [Fact]
    public async Task Delete_of_an_unknown_id_prints_the_problem_details()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult result = await cli.RunAsync("token", "delete", Guid.NewGuid().ToString(), "-o", "json");

        AssertApiError(result, "Error: Deleting the token failed: HTTP 404 NOT_FOUND: Not found.");
        Assert.Contains("Token not found.", result.Stderr);
    }

    [Fact]
    public async Task A_token_without_can_create_tokens_gets_403_and_advice()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        CliResult limited = await cli.RunAsync("token", "create", "--name", "limited", "--expires-in", "1h", "--allow-ip-range", "127.0.0.1", "-o", "json");
        using JsonDocument json = JsonDocument.Parse(limited.Stdout);
        string secret = json.RootElement.GetProperty("token").GetString()!;

        CliResult result = await cli.RunWithEnvironmentAsync(
            new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = secret },
            "token", "create", "--name", "child", "--expires-in", "1h");

        AssertApiError(result, "HTTP 403 FORBIDDEN: Forbidden.");
        Assert.Contains("not allowed to create tokens", result.Stderr);
        Assert.Contains("--can-create-tokens", result.Stderr);
        Assert.DoesNotContain(secret, result.AllOutput);
    }

    [Fact]
    public async Task Invalid_parameters_from_the_api_are_listed()
    {
        const string Problem = """
            {"type":"https://developers.upcloud.com/1.3/errors#ERROR_BAD_REQUEST","title":"Bad request.","detail":"Invalid parameters.",
             "invalid_params":[{"name":"expires_at","reason":"Token expiration time must be in the future."},{"name":"name","reason":"Too long."}],
             "correlation_id":"01JQV2ETY2K6HHE1KZFY9E1CYC","status":400}
            """;
        using var stub = new StubHandler(HttpStatusCode.BadRequest, "application/problem+json", Problem);

        CliResult result = await RunAgainstAsync(stub, "token", "create", "--name", "t", "--expires-in", "1h");

        AssertApiError(result, "Error: Creating the token failed: HTTP 400 BAD_REQUEST: Bad request.");
        Assert.Contains("  Detail:          Invalid parameters.", result.Stderr);
        Assert.Contains("  Correlation id:  01JQV2ETY2K6HHE1KZFY9E1CYC", result.Stderr);
        Assert.Contains("  Invalid parameters:\n    expires_at: Token expiration time must be in the future.\n    name: Too long.", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_response_that_is_not_an_api_error_is_described()
    {
        using var stub = new StubHandler(HttpStatusCode.BadGateway, "text/html", "<html><body>\u001b[31mBad gateway</body></html>");

        CliResult result = await RunAgainstAsync(stub, "account", "show");

        AssertApiError(result, "Error: Getting the account failed: HTTP 502");
        Assert.Contains("not an UpCloud error document", result.Stderr);
        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_in_api_messages_are_neutralised()
    {
        using var stub = new StubHandler(HttpStatusCode.Conflict, "application/json", "{\"error\":{\"error_code\":\"CONFLICT\",\"error_message\":\"bad\\u001b[2Jname\"}}");

        CliResult result = await RunAgainstAsync(stub, "account", "show");

        AssertApiError(result, "HTTP 409 CONFLICT: bad?[2Jname");
        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_response_that_cannot_be_read_is_described()
    {
        using var stub = new StubHandler(HttpStatusCode.OK, "application/json", "{\"not\":\"an account\"}");

        CliResult result = await RunAgainstAsync(stub, "account", "show");

        AssertApiError(result, "the API answered HTTP 200 but its response could not be read as AccountResponse");
    }

    [Fact]
    public async Task An_unreachable_api_is_a_clear_network_error()
    {
        int port = UnusedLoopbackPort();
        using var handler = new RecordingHandler();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = TestTokens.Unknown() };

        int exitCode = await App.RunAsync(["token", "list", "--api-url", $"http://127.0.0.1:{port}"], stdout, stderr, environment, TimeProvider.System, handler);

        var result = new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        AssertApiError(result, $"Error: Listing tokens failed: could not reach the UpCloud API at http://127.0.0.1:{port}:");
        Assert.Single(handler.Requests);
    }

    private static async Task<CliResult> RunAgainstAsync(HttpMessageHandler handler, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = TestTokens.Unknown() };
        int exitCode = await App.RunAsync([.. args, "--api-url", "https://api.upcloud.com"], stdout, stderr, environment, TimeProvider.System, handler);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static void AssertApiError(CliResult result, string expectedMessage)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(expectedMessage, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    private static int UnusedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
