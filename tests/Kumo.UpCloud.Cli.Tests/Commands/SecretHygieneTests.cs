using System.Text.Json;
using Kumo.UpCloud.Cli.Tests.Infrastructure;

namespace Kumo.UpCloud.Cli.Tests.Commands;

// A whole session of commands: the new token's secret appears in the create output and nowhere
// else, and the token the tool authenticates with never appears at all.
public sealed class SecretHygieneTests
{
    [Fact]
    public async Task The_full_token_is_printed_by_create_only()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        CliResult created = await cli.RunAsync("token", "create", "--name", "ci", "--expires-in", "1h", "--allow-ip-range", "127.0.0.1");
        string secret = TokenCreateTests.SecretOf(created.Stdout);
        CliResult createdJson = await cli.RunAsync("token", "create", "--name", "ci-json", "--expires-in", "1h", "-o", "json");
        using JsonDocument json = JsonDocument.Parse(createdJson.Stdout);
        string id = json.RootElement.GetProperty("id").GetString()!;
        string jsonSecret = json.RootElement.GetProperty("token").GetString()!;
        var asNewToken = new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = secret };

        var others = new List<CliResult>
        {
            await cli.RunAsync("token", "list"),
            await cli.RunAsync("token", "list", "-o", "json"),
            await cli.RunAsync("token", "show", id),
            await cli.RunAsync("token", "show", id, "-o", "json"),
            await cli.RunAsync("account", "show"),
            await cli.RunAsync("account", "show", "-o", "json"),
            await cli.RunWithEnvironmentAsync(asNewToken, "account", "show"),
            await cli.RunWithEnvironmentAsync(asNewToken, "token", "create", "--name", "child", "--expires-in", "1h"),
            await cli.RunWithEnvironmentAsync(asNewToken, "token", "show", Guid.NewGuid().ToString()),
            await cli.RunAsync("token", "create", "--name", "bad", "--expires-in", "0s"),
            await cli.RunAsync("token", "delete", id),
            await cli.RunAsync("token", "delete", id),
        };

        Assert.Contains(secret, created.Stdout);
        Assert.DoesNotContain(secret, created.Stderr);
        Assert.DoesNotContain(jsonSecret, createdJson.Stderr);
        foreach (CliResult result in others)
        {
            Assert.DoesNotContain(secret, result.AllOutput);
            Assert.DoesNotContain(jsonSecret, result.AllOutput);
            Assert.DoesNotContain(cli.Emulator.SeededToken, result.AllOutput);
        }

        Assert.DoesNotContain(cli.Emulator.SeededToken, created.AllOutput + createdJson.AllOutput);
    }
}
