using System.CommandLine;

namespace Kumo.UpCloud.Cli.Commands;

// kumo-upcloud
//   token   create | list | show | delete
//   account show
//   account token create | list | show | delete   (the same commands, spelled as upctl spells them)
internal static class CommandTree
{
    public static RootCommand Create(CliContext context)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Manage UpCloud API tokens and show the account. Credentials come from UPCLOUD_TOKEN (or UPCLOUD_USERNAME/UPCLOUD_PASSWORD).")
        {
            globals.ApiUrl,
            globals.Output,
        };
        root.Subcommands.Add(CreateTokenCommand(context, globals));

        var account = new Command("account", "The UpCloud account.");
        account.Subcommands.Add(AccountShowCommand.Create(context, globals));
        account.Subcommands.Add(CreateTokenCommand(context, globals));
        root.Subcommands.Add(account);
        return root;
    }

    // Built once per place in the tree: a command object has a single parent.
    private static Command CreateTokenCommand(CliContext context, GlobalOptions globals)
    {
        var token = new Command("token", "Manage API tokens.");
        token.Subcommands.Add(TokenCreateCommand.Create(context, globals));
        token.Subcommands.Add(TokenListCommand.Create(context, globals));
        token.Subcommands.Add(TokenShowCommand.Create(context, globals));
        token.Subcommands.Add(TokenDeleteCommand.Create(context, globals));
        return token;
    }
}
