using System.CommandLine;
using System.Net.Http.Headers;
using System.Reflection;
using Kumo.OpenApi.Runtime;
using Kumo.UpCloud.Cli.Credentials;
using Kumo.UpCloud.Cli.Errors;

namespace Kumo.UpCloud.Cli.Commands;

// Runs one API call for a command: checks --api-url and the credentials (exit 2 before anything is
// sent), builds the generated UpCloudClient over the runtime's authentication handler, and turns
// every expected failure into a message and an exit code instead of a stack trace.
internal static class ApiSession
{
    private static readonly ProductInfoHeaderValue UserAgent = new("kumo-upcloud", ToolVersion());

    public static async Task<int> RunAsync(
        CliContext context,
        ParseResult parse,
        GlobalOptions globals,
        string operation,
        Func<UpCloudClient, CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        if (!ApiAddress.TryParse(parse.GetValue(globals.ApiUrl), out Uri apiAddress, out string addressError))
        {
            return context.UsageError(addressError);
        }

        if (!CredentialResolver.TryResolve(context.Environment, out Credentials.Credentials? credentials, out string credentialError))
        {
            return context.UsageError(credentialError);
        }

        DelegatingHandler authentication;
        try
        {
            authentication = credentials!.CreateHandler(apiAddress);
        }
        catch (ArgumentException)
        {
            return context.UsageError(
                $"The {credentials!.Description} credentials cannot be sent: a user name must not contain ':' and neither may contain control characters.");
        }

        if (credentials.Warning is { } warning)
        {
            context.Error.WriteLine(warning);
        }

        // An injected handler (tests) belongs to the caller and is not disposed here.
        bool ownsHandler = context.InnerHandler is null;
        authentication.InnerHandler = context.InnerHandler ?? new SocketsHttpHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(authentication, ownsHandler) { BaseAddress = apiAddress };
        http.DefaultRequestHeaders.UserAgent.Add(UserAgent);
        var client = new UpCloudClient(http);

        try
        {
            await call(client, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ApiException exception)
        {
            ApiErrorReporter.Report(context.Error, exception, operation, credentials);
            return ExitCodes.ApiError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine($"Canceled: {operation} was interrupted.");
            return ExitCodes.Canceled;
        }
        catch (TaskCanceledException)
        {
            context.Error.WriteLine($"Error: {operation} failed: the UpCloud API at {ApiAddress.Origin(apiAddress)} did not answer within {http.Timeout.TotalSeconds:0} seconds.");
            return ExitCodes.ApiError;
        }
        catch (HttpRequestException exception)
        {
            context.Error.WriteLine($"Error: {operation} failed: could not reach the UpCloud API at {ApiAddress.Origin(apiAddress)}: {Describe(exception)}");
            context.Error.WriteLine("Check the network connection and --api-url.");
            return ExitCodes.ApiError;
        }
    }

    // The messages of the exception chain ("Connection refused (127.0.0.1:1)", TLS failures…);
    // they name hosts and causes, never request headers.
    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            string message = current.Message.Trim();
            if (message.Length > 0 && !messages.Exists(seen => seen.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        return messages.Count > 0 ? string.Join(" ", messages) : exception.GetType().Name;
    }

    private static string ToolVersion()
    {
        string? version = typeof(ApiSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // "0.1.0+<commit>" is not a valid product token version in every parser; keep the release part.
        int plus = version?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus > 0 ? version![..plus] : version ?? "0.0.0";
    }
}
