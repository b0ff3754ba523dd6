using System.CommandLine;
using Kumo.UpCloud.Cli.Output;

namespace Kumo.UpCloud.Cli;

// Options every command takes, wherever they are written on the command line.
internal sealed class GlobalOptions
{
    public const string HumanFormat = "human";

    public const string JsonFormat = "json";

    public Option<string> ApiUrl { get; } = new("--api-url")
    {
        Description = "The UpCloud API address. https only, except plain http to localhost for a local emulator.",
        DefaultValueFactory = _ => UpCloudClient.DefaultBaseAddress,
        Recursive = true,
    };

    public Option<string> Output { get; } = CreateOutputOption();

    public OutputFormat FormatOf(ParseResult parse) =>
        string.Equals(parse.GetValue(Output), JsonFormat, StringComparison.Ordinal) ? OutputFormat.Json : OutputFormat.Human;

    private static Option<string> CreateOutputOption()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "Output format: 'human' tables and lists, or 'json' for scripts.",
            DefaultValueFactory = _ => HumanFormat,
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(HumanFormat, JsonFormat);
        return option;
    }
}
