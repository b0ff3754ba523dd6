namespace Kumo.UpCloud.Cli;

// Everything a command may touch outside its own arguments. Passed in rather than read from
// Console/Environment/DateTime so that tests drive the whole tool in-process.
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, TimeProvider time, HttpMessageHandler? innerHandler)
    {
        Output = output;
        Error = error;
        Environment = environment;
        Time = time;
        InnerHandler = innerHandler;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    public TimeProvider Time { get; }

    // The handler that sends requests; null means a real SocketsHttpHandler.
    public HttpMessageHandler? InnerHandler { get; }

    public int UsageError(IEnumerable<string> messages)
    {
        foreach (string message in messages)
        {
            Error.WriteLine("Error: " + SecretRedactor.Redact(message));
        }

        return ExitCodes.UsageError;
    }

    public int UsageError(string message) => UsageError([message]);
}
