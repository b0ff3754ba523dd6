using System;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// An <see cref="IAccessTokenProvider"/> that asks a delegate for the token at every call: the hook for a secret
/// vault, a key store or any rotation scheme.
/// </summary>
/// <remarks>
/// The delegate is called for every request to the API's origin. When fetching a token is slow or rate limited,
/// wrap the delegate in a <see cref="CachingAccessTokenProvider"/>, which calls it only when the cached token is
/// about to expire. <see cref="ToString"/> never calls the delegate and never shows a token.
/// </remarks>
public sealed class DelegateAccessTokenProvider : IAccessTokenProvider
{
    private readonly Func<CancellationToken, ValueTask<AccessToken>> _getToken;

    /// <summary>Creates the provider.</summary>
    /// <param name="getToken">Returns the current token (and its expiry, if known).</param>
    /// <exception cref="ArgumentNullException"><paramref name="getToken"/> is <see langword="null"/>.</exception>
    public DelegateAccessTokenProvider(Func<CancellationToken, ValueTask<AccessToken>> getToken)
    {
        _getToken = getToken ?? throw new ArgumentNullException(nameof(getToken));
    }

    /// <summary>Calls the delegate and checks that the token can be sent in a header.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token and its expiry.</returns>
    /// <exception cref="InvalidOperationException">The delegate returned an empty token or one with characters not allowed in an HTTP header. The message never contains the token.</exception>
    public async ValueTask<AccessToken> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AccessToken token = await _getToken(cancellationToken).ConfigureAwait(false);
        string? value = TokenText.Normalize(token.Value);
        if (!TokenText.IsValidToken(value))
        {
            throw TokenText.InvalidTokenFromProvider();
        }

        return new AccessToken(value!, token.ExpiresOn);
    }

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        (await GetAccessTokenAsync(cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Describes the provider without calling the delegate.</summary>
    /// <returns><c>DelegateAccessTokenProvider</c>.</returns>
    public override string ToString() => "DelegateAccessTokenProvider";
}
