using System.CommandLine;
using Kumo.UpCloud.Cli.Output;
using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Commands;

// token list [--limit N] [--page P]: one page of the account's tokens (upctl's paging: 100 per page).
internal static class TokenListCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var limit = new Option<int>("--limit")
        {
            Description = "Tokens per page, 1-100.",
            DefaultValueFactory = _ => TokenPage.DefaultLimit,
        };
        var page = new Option<int>("--page")
        {
            Description = "Page number, starting at 1.",
            DefaultValueFactory = _ => 1,
        };

        var command = new Command("list", "List the account's API tokens (never the secrets: the API does not return them).")
        {
            limit,
            page,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, globals, parse.GetValue(limit), parse.GetValue(page), cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, ParseResult parse, GlobalOptions globals, int limit, int page, CancellationToken cancellationToken)
    {
        ValidationResult<TokenPage> validation = TokenPage.Validate(limit, page);
        if (validation.Value is not { } tokenPage)
        {
            return Task.FromResult(context.UsageError(validation.Errors));
        }

        OutputFormat format = globals.FormatOf(parse);
        return ApiSession.RunAsync(context, parse, globals, "Listing tokens", async (client, ct) =>
        {
            IReadOnlyList<Token> tokens = await client.ListTokensAsync(limit: tokenPage.Limit, offset: tokenPage.Offset, cancellationToken: ct).ConfigureAwait(false);
            Write(context, format, tokens, tokenPage, page);
        }, cancellationToken);
    }

    private static void Write(CliContext context, OutputFormat format, IReadOnlyList<Token> tokens, TokenPage tokenPage, int page)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Output, writer =>
            {
                writer.WriteStartArray();
                foreach (Token token in tokens)
                {
                    TokenText.WriteJson(writer, token, includeSecret: false);
                }

                writer.WriteEndArray();
            });
            return;
        }

        if (tokens.Count == 0)
        {
            context.Output.WriteLine(page == 1 ? "No tokens." : $"No tokens on page {page}.");
            return;
        }

        TokenText.WriteTable(context.Output, tokens);
        if (tokens.Count >= tokenPage.Limit)
        {
            context.Output.WriteLine();
            context.Output.WriteLine($"This page is full; there may be more tokens: --page {page + 1}.");
        }
    }
}
