using Kumo.OpenApi.Runtime.Authentication;

namespace Kumo.UpCloud.Cli.Credentials;

// UPCLOUD_TOKEN: sent as Authorization: Bearer <token> by the runtime's BearerTokenHandler.
internal sealed class TokenCredentials : Credentials
{
    private readonly StaticAccessTokenProvider _provider;

    public TokenCredentials(StaticAccessTokenProvider provider)
    {
        _provider = provider;
    }

    public override string Description => "API token (" + CredentialResolver.TokenVariable + ")";

    public override string? Warning => null;

    public override DelegatingHandler CreateHandler(Uri apiBaseAddress) => new BearerTokenHandler(_provider, apiBaseAddress);
}
