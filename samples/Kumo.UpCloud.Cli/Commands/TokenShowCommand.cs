using System.CommandLine;
using Kumo.UpCloud.Cli.Output;
using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Commands;

// token show ID
internal static class TokenShowCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        Argument<string> id = TokenIdArgument.Create();
        var command = new Command("show", "Show one API token's details.") { id };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, globals, parse.GetValue(id) ?? string.Empty, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, ParseResult parse, GlobalOptions globals, string idText, CancellationToken cancellationToken)
    {
        if (!TokenIdText.TryParse(idText, out Guid id, out string error))
        {
            return Task.FromResult(context.UsageError(error));
        }

        OutputFormat format = globals.FormatOf(parse);
        return ApiSession.RunAsync(context, parse, globals, "Getting the token", async (client, ct) =>
        {
            Token token = await client.GetTokenAsync(id, ct).ConfigureAwait(false);
            if (format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Output, writer => TokenText.WriteJson(writer, token, includeSecret: false));
            }
            else
            {
                TokenText.WriteDetails(context.Output, token);
            }
        }, cancellationToken);
    }
}
