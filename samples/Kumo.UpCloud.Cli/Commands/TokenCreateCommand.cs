using System.CommandLine;
using Kumo.UpCloud.Cli.Output;
using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Commands;

// token create --name N (--expires-in D | --expires-at T) [--allow-ip-range R]... [--can-create-tokens]
internal static class TokenCreateCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var name = new Option<string>("--name")
        {
            Description = "Name of the token, 1-1024 characters (need not be unique).",
        };
        var expiresIn = new Option<string>("--expires-in")
        {
            Description = "Lifetime: whole numbers with d, h, m or s, e.g. 1h, 24h, 7d, 1h30m (at most one year).",
        };
        var expiresAt = new Option<string>("--expires-at")
        {
            Description = "Expiry as an RFC 3339 timestamp, e.g. 2025-12-01T00:00:00Z (at most one year ahead).",
        };
        var allowIpRange = new Option<string[]>("--allow-ip-range")
        {
            Description = "An address, CIDR block or range the token may be used from; repeat for more (at most 100). "
                + "Without any, the API applies the account's IP filters, or allows every address.",
            AllowMultipleArgumentsPerToken = false,
        };
        var canCreateTokens = new Option<bool>("--can-create-tokens")
        {
            Description = "Allow the new token to create further tokens.",
        };

        var command = new Command("create", "Create an API token. The token is printed once: store it right away.")
        {
            name,
            expiresIn,
            expiresAt,
            allowIpRange,
            canCreateTokens,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var input = new TokenCreateInput(
                parse.GetValue(name),
                parse.GetValue(expiresIn),
                parse.GetValue(expiresAt),
                parse.GetValue(allowIpRange) ?? [],
                parse.GetValue(canCreateTokens));
            return RunAsync(context, parse, globals, input, cancellationToken);
        });
        return command;
    }

    private static Task<int> RunAsync(CliContext context, ParseResult parse, GlobalOptions globals, TokenCreateInput input, CancellationToken cancellationToken)
    {
        ValidationResult<CreateTokenRequest> validation = TokenCreateValidator.Validate(input, context.Time.GetUtcNow());
        if (validation.Value is not { } request)
        {
            return Task.FromResult(context.UsageError(validation.Errors));
        }

        OutputFormat format = globals.FormatOf(parse);
        return ApiSession.RunAsync(context, parse, globals, "Creating the token", async (client, ct) =>
        {
            Token token = await client.CreateTokenAsync(request, ct).ConfigureAwait(false);
            Write(context, format, token);
        }, cancellationToken);
    }

    // The only output that ever contains the secret: the API returns it in this response and never again.
    private static void Write(CliContext context, OutputFormat format, Token token)
    {
        const string StoreNote = "Store the token now, e.g. in a password manager: it is shown only this once and cannot be retrieved later.";
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Output, writer => TokenText.WriteJson(writer, token, includeSecret: true));
            // stderr, so that stdout stays pure JSON for scripts.
            context.Error.WriteLine(StoreNote);
            return;
        }

        context.Output.WriteLine($"Created API token '{TerminalText.Clean(token.Name)}'.");
        context.Output.WriteLine();
        TokenText.WriteDetails(context.Output, token);
        context.Output.WriteLine();
        context.Output.WriteLine("Token: " + (token.TokenValue ?? "(the API did not return the token)"));
        context.Output.WriteLine();
        context.Output.WriteLine(StoreNote);
        context.Output.WriteLine("Use it with UpCloud's tools by setting UPCLOUD_TOKEN to it.");
    }
}
