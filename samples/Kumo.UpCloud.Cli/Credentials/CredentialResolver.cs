using Kumo.OpenApi.Runtime.Authentication;

namespace Kumo.UpCloud.Cli.Credentials;

// Reads credentials from the environment the way UpCloud's tools do: UPCLOUD_TOKEN, or
// UPCLOUD_USERNAME with UPCLOUD_PASSWORD; both kinds at once is an error (as in the Go SDK's
// NewFromEnv), because silently preferring one would hide a misconfigured shell.
internal static class CredentialResolver
{
    public const string TokenVariable = EnvironmentAccessTokenProvider.UpCloudTokenVariable;

    public const string UsernameVariable = "UPCLOUD_USERNAME";

    public const string PasswordVariable = "UPCLOUD_PASSWORD";

    public static bool TryResolve(IReadOnlyDictionary<string, string?> environment, out Credentials? credentials, out string error)
    {
        credentials = null;
        error = string.Empty;
        string? token = Read(environment, TokenVariable);
        string? username = Read(environment, UsernameVariable);
        string? password = Read(environment, PasswordVariable);

        if (token is not null && (username is not null || password is not null))
        {
            error = $"Both {TokenVariable} and {UsernameVariable}/{PasswordVariable} are set: only one authentication method can be used. "
                + $"Unset one of them; {TokenVariable} is the recommended one.";
            return false;
        }

        if (token is not null)
        {
            try
            {
                credentials = new TokenCredentials(new StaticAccessTokenProvider(token));
                return true;
            }
            catch (ArgumentException)
            {
                // The runtime's message is about the value's shape; the value itself is never printed.
                error = $"{TokenVariable} does not hold a usable API token: it contains whitespace, control or non-ASCII characters.";
                return false;
            }
        }

        if (username is not null && password is not null)
        {
            credentials = new BasicCredentials(username, password);
            return true;
        }

        if (username is not null || password is not null)
        {
            string set = username is not null ? UsernameVariable : PasswordVariable;
            string missing = username is not null ? PasswordVariable : UsernameVariable;
            error = $"{set} is set but {missing} is not: HTTP Basic authentication needs both. Better, set {TokenVariable} to an API token instead.";
            return false;
        }

        error = $"No UpCloud credentials found. Set {TokenVariable} to an API token (created in the UpCloud control panel, or with "
            + $"'kumo-upcloud token create' by an already authenticated user), e.g. export {TokenVariable}=ucat_... "
            + $"HTTP Basic with {UsernameVariable} and {PasswordVariable} also works but is discouraged.";
        return false;
    }

    // Unset and empty are the same, as in UpCloud's tools (a shell's "export UPCLOUD_TOKEN=" clears it).
    private static string? Read(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
