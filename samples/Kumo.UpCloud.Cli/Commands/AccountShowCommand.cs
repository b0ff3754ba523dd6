using System.CommandLine;
using Kumo.UpCloud.Cli.Output;

namespace Kumo.UpCloud.Cli.Commands;

// account show: the authenticated account, which also checks that the credentials work.
internal static class AccountShowCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("show", "Show the account the credentials belong to: user name, credits and resource limits.");
        command.SetAction((parse, cancellationToken) =>
        {
            OutputFormat format = globals.FormatOf(parse);
            return ApiSession.RunAsync(context, parse, globals, "Getting the account", async (client, ct) =>
            {
                AccountResponse response = await client.AccountDetailsAsync(ct).ConfigureAwait(false);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.Write(context.Output, writer => AccountText.WriteJson(writer, response.Account));
                }
                else
                {
                    AccountText.WriteDetails(context.Output, response.Account);
                }
            }, cancellationToken);
        });
        return command;
    }
}
