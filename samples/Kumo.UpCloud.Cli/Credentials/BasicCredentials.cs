using Kumo.OpenApi.Runtime.Authentication;

namespace Kumo.UpCloud.Cli.Credentials;

// UPCLOUD_USERNAME and UPCLOUD_PASSWORD: HTTP Basic, still accepted by the API and read by UpCloud's
// own tools, so supported here too, with a warning at every use.
internal sealed class BasicCredentials : Credentials
{
    private readonly string _username;
    private readonly string _password;

    public BasicCredentials(string username, string password)
    {
        _username = username;
        _password = password;
    }

    public override string Description => "HTTP Basic (" + CredentialResolver.UsernameVariable + "/" + CredentialResolver.PasswordVariable + ")";

    public override string? Warning =>
        "Warning: using HTTP Basic authentication from " + CredentialResolver.UsernameVariable + "/" + CredentialResolver.PasswordVariable
        + ". UpCloud discourages it and will deprecate it; it needs API access enabled for the account and does not work with two-factor authentication. "
        + "Create an API token ('kumo-upcloud token create') and set " + CredentialResolver.TokenVariable + " instead.";

    public override DelegatingHandler CreateHandler(Uri apiBaseAddress)
    {
        // The user chose Basic auth by setting UPCLOUD_USERNAME/UPCLOUD_PASSWORD and is warned about it
        // (see Warning): this is the one place the tool opts into the discouraged scheme.
#pragma warning disable CS0618 // BasicAuthenticationHandler is [Obsolete] to steer code towards tokens.
#pragma warning disable KUMO102 // Discouraged authentication: deliberate, for users who still rely on Basic auth.
        return new BasicAuthenticationHandler(_username, _password, apiBaseAddress);
#pragma warning restore KUMO102
#pragma warning restore CS0618
    }
}
