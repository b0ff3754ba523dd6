using System.CommandLine;
using Kumo.UpCloud.Cli.Output;
using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Commands;

// token delete ID: revokes the token (a token may delete itself).
internal static class TokenDeleteCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        Argument<string> id = TokenIdArgument.Create();
        var command = new Command("delete", "Delete (revoke) an API token.") { id };
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
        return ApiSession.RunAsync(context, parse, globals, "Deleting the token", async (client, ct) =>
        {
            await client.RevokeTokenAsync(id, ct).ConfigureAwait(false);
            if (format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", id.ToString("D"));
                    writer.WriteBoolean("deleted", true);
                    writer.WriteEndObject();
                });
            }
            else
            {
                // UpCloud documents that a deletion may take up to a minute to reach every API server.
                context.Output.WriteLine($"Deleted token {id:D}. It may keep working for up to a minute while the deletion propagates.");
            }
        }, cancellationToken);
    }
}
