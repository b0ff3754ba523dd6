using System.CommandLine;
using System.CommandLine.Invocation;
using Kumo.UpCloud.Cli.Commands;

namespace Kumo.UpCloud.Cli;

// The whole tool behind one call: Program passes the real console, environment and clock; tests pass
// string writers, a dictionary, a fixed clock and, optionally, the handler that sends requests.
public static class App
{
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IReadOnlyDictionary<string, string?> environment,
        TimeProvider time,
        HttpMessageHandler? innerHandler = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);

        var context = new CliContext(stdout, stderr, environment, time, innerHandler);
        RootCommand root = CommandTree.Create(context);
        // No @response-file expansion: a token name starting with '@' must not make the tool read a file.
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        // Usage errors exit with 2 (System.CommandLine's own default is 1, which this tool keeps for API failures).
        if (parse.Action is ParseErrorAction)
        {
            context.UsageError(parse.Errors.Select(error => error.Message));
            stderr.WriteLine("Run 'kumo-upcloud --help' (or '<command> --help') for usage.");
            return ExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Ctrl+C is Program's business: App must not install process-wide handlers when hosted by tests.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(invocation, ct).ConfigureAwait(false);
    }
}
