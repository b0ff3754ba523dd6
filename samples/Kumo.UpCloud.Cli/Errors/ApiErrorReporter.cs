using System.Globalization;
using Kumo.OpenApi.Runtime;
using Kumo.UpCloud.Cli.Credentials;
using Kumo.UpCloud.Cli.Output;

namespace Kumo.UpCloud.Cli.Errors;

// Prints an API error for people: status, error code, message, detail, correlation id and the
// rejected parameters, plus what to do about the common cases. Never a stack trace: these are
// answers from the API, not bugs in the tool.
internal static class ApiErrorReporter
{
    private static readonly string[] AuthenticationErrorCodes = ["AUTHENTICATION_FAILED", "AUTHENTICATION_REQUIRED", "INVALID_CREDENTIALS", "UNAUTHORIZED"];

    public static void Report(TextWriter error, ApiException exception, string operation, Credentials.Credentials credentials)
    {
        if (exception is ApiDeserializationException unreadable)
        {
            error.WriteLine($"Error: {operation} failed: the API answered HTTP {Status(unreadable.StatusCode)} but its response could not be read as {unreadable.ExpectedType}.");
            error.WriteLine("Check that --api-url points at the UpCloud API.");
            return;
        }

        string code = exception.ErrorCode is { Length: > 0 } errorCode ? " " + TerminalText.Clean(errorCode) : string.Empty;
        string title = exception.Title is { Length: > 0 } text ? ": " + TerminalText.Clean(text) : string.Empty;
        error.WriteLine($"Error: {operation} failed: HTTP {Status(exception.StatusCode)}{code}{title}");

        var details = new KeyValueList();
        if (exception.Detail is { Length: > 0 } detail)
        {
            details.Add("Detail", TerminalText.Clean(detail));
        }

        if (exception.CorrelationId is { Length: > 0 } correlationId)
        {
            details.Add("Correlation id", TerminalText.Clean(correlationId));
        }

        details.WriteTo(error, "  ");
        if (exception.InvalidParams.Count > 0)
        {
            error.WriteLine("  Invalid parameters:");
            foreach (ApiInvalidParam parameter in exception.InvalidParams)
            {
                error.WriteLine($"    {TerminalText.Clean(parameter.Name)}: {TerminalText.Clean(parameter.Reason)}");
            }
        }

        if (exception.ErrorCode is null && exception.Title is null && exception.Detail is null)
        {
            error.WriteLine("  The response was not an UpCloud error document; check that --api-url points at the UpCloud API.");
        }

        string? hint = HintFor(exception, credentials);
        if (hint is not null)
        {
            error.WriteLine(hint);
        }
    }

    private static string? HintFor(ApiException exception, Credentials.Credentials credentials)
    {
        if (IsAuthenticationFailure(exception))
        {
            return credentials is BasicCredentials
                ? $"Hint: the API did not accept the {credentials.Description} credentials. Check the user name and password, and that API access is enabled "
                    + $"for the account in the UpCloud control panel. Better: create an API token and set {CredentialResolver.TokenVariable} instead."
                : $"Hint: the API did not accept the token in {CredentialResolver.TokenVariable}. Set {CredentialResolver.TokenVariable} to a valid API token, "
                    + "and check that it has not expired or been deleted and that its allowed IP ranges include this machine's public address.";
        }

        if (exception.StatusCode == 403)
        {
            return "Hint: the credentials are valid but not allowed to do this. Creating tokens needs a token made with --can-create-tokens "
                + "(or the account's own credentials); sub-accounts may lack the permission.";
        }

        if (exception.StatusCode == 429)
        {
            return "Hint: the API is rate limiting requests; wait a moment and try again.";
        }

        return null;
    }

    private static bool IsAuthenticationFailure(ApiException exception) =>
        exception.StatusCode == 401
        || (exception.ErrorCode is { } code && Array.Exists(AuthenticationErrorCodes, known => string.Equals(known, code, StringComparison.OrdinalIgnoreCase)));

    private static string Status(int statusCode) => statusCode.ToString(CultureInfo.InvariantCulture);
}
