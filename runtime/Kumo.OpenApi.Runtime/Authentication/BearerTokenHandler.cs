using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;token&gt;</c> to requests sent to the API's origin, with the token from an
/// <see cref="IAccessTokenProvider"/> (fetched for every such request).
/// </summary>
/// <remarks>
/// <para>
/// The header is attached only when the request's scheme, host and port equal those of the API base address; any
/// other request is sent without credentials. A request that already has an <c>Authorization</c> header is left as
/// it is. A request that would carry an <c>Authorization</c> header over plain http to a host that is not loopback
/// is refused with <see cref="InvalidOperationException"/> and never sent.
/// </para>
/// <para>
/// Redirects: this handler sees only the requests that pass through it. Redirects followed by the inner handler
/// (<see cref="HttpClientHandler.AllowAutoRedirect"/>) do not come back through it, and whether the inner handler
/// removes <c>Authorization</c> from a redirected request depends on the platform handler. Use this handler with
/// automatic redirects disabled, or only with an API that redirects to its own host; a redirect-following handler
/// placed <em>outside</em> this one gets credentials attached only for same-origin targets.
/// </para>
/// <para>
/// The token never appears in <see cref="ToString"/>, exception messages or the debugger display. The header this
/// handler attached is removed from the request once the response (or failure) has come back, so neither
/// <c>response.RequestMessage</c> nor a logged or inspected request shows it afterwards; a retry handler placed
/// outside this one gets a fresh header on every attempt.
/// </para>
/// </remarks>
[DebuggerDisplay("BearerTokenHandler ({BaseAddressDisplay,nq})")]
public sealed class BearerTokenHandler : DelegatingHandler
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly IAccessTokenProvider _tokenProvider;

    private readonly Uri _apiBaseAddress;

    /// <summary>Creates the handler. Set <see cref="DelegatingHandler.InnerHandler"/> (or let <c>IHttpClientFactory</c> do it).</summary>
    /// <param name="tokenProvider">Supplies the token.</param>
    /// <param name="apiBaseAddress">The API base address whose origin receives the token, for example <c>https://api.upcloud.com/</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="apiBaseAddress"/> is not safe for credentials (see <see cref="CredentialGuard.EnsureSafeBaseAddress"/>).</exception>
    public BearerTokenHandler(IAccessTokenProvider tokenProvider, Uri apiBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        CredentialGuard.EnsureSafeBaseAddress(apiBaseAddress);
        _tokenProvider = tokenProvider;
        _apiBaseAddress = apiBaseAddress;
    }

    private string BaseAddressDisplay => CredentialGuard.DescribeOrigin(_apiBaseAddress);

    /// <summary>Describes the handler by its base address only.</summary>
    /// <returns>For example <c>BearerTokenHandler (https://api.upcloud.com:443)</c>.</returns>
    public override string ToString() => "BearerTokenHandler (" + BaseAddressDisplay + ")";

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool attached = false;
        try
        {
            if (NeedsToken(request))
            {
                string token = await _tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                Attach(request, token);
                attached = true;
            }

            CredentialGuard.EnsureNoCleartextCredentials(request);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CredentialGuard.RemoveAttachedCredentials(request, attached);
        }
    }

    /// <inheritdoc />
    /// <remarks>A token provider that completes asynchronously is waited for synchronously here.</remarks>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool attached = false;
        try
        {
            if (NeedsToken(request))
            {
                ValueTask<string> pending = _tokenProvider.GetTokenAsync(cancellationToken);
                string token = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
                Attach(request, token);
                attached = true;
            }

            CredentialGuard.EnsureNoCleartextCredentials(request);
            return base.Send(request, cancellationToken);
        }
        finally
        {
            CredentialGuard.RemoveAttachedCredentials(request, attached);
        }
    }

    private bool NeedsToken(HttpRequestMessage request) =>
        !request.Headers.NonValidated.Contains("Authorization")
        && request.RequestUri is { IsAbsoluteUri: true } uri
        && CredentialGuard.IsSameOrigin(_apiBaseAddress, uri);

    private static void Attach(HttpRequestMessage request, string? token)
    {
        token = TokenText.Normalize(token);
        if (!TokenText.IsValidToken(token))
        {
            throw TokenText.InvalidTokenFromProvider();
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
