namespace Kumo.UpCloud.Cli.Credentials;

// How requests authenticate: an API token (recommended) or HTTP Basic (discouraged).
internal abstract class Credentials
{
    // Shown in messages; never contains the secret.
    public abstract string Description { get; }

    // A warning to print before the first request, or null.
    public abstract string? Warning { get; }

    // The handler that adds the Authorization header, only to requests for apiBaseAddress's origin.
    // Throws ArgumentException when the credentials cannot be sent (the message never holds them).
    public abstract DelegatingHandler CreateHandler(Uri apiBaseAddress);
}
