using System.CommandLine;

namespace Kumo.UpCloud.Cli.Commands;

// The ID argument shared by 'token show' and 'token delete'.
internal static class TokenIdArgument
{
    public static Argument<string> Create() => new("id")
    {
        Description = "The token's ID (a UUID, as 'token list' shows it). Not the token itself.",
    };
}
