// kumo-upcloud: UpCloud API tokens from the command line, on the Kumo-generated client.
using System.Collections;
using Kumo.UpCloud.Cli;

var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
{
    environment[(string)entry.Key] = entry.Value as string;
}

// The first Ctrl+C cancels the request in flight (the command reports it and exits with 130);
// a second one ends the process the usual way.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

return await App.RunAsync(args, Console.Out, Console.Error, environment, TimeProvider.System, innerHandler: null, cancellation.Token);
