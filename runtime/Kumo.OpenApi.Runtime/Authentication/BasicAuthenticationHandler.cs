using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// Adds <c>Authorization: Basic base64(UTF-8 "user:password")</c> (RFC 7617) to requests sent to the API's origin.
/// </summary>
/// <remarks>
/// <para>
/// Prefer an API token with <see cref="BearerTokenHandler"/>: UpCloud discourages HTTP Basic authentication, it
/// needs API access enabled for the account, and it does not work with two-factor authentication.
/// </para>
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
/// automatic redirects disabled, or only with an API that redirects to its own host.
/// </para>
/// <para>
/// The password never appears in <see cref="ToString"/>, exception messages or the debugger display. The header this
/// handler attached is removed from the request once the response (or failure) has come back.
/// </para>
/// </remarks>
[Obsolete("HTTP Basic authentication is discouraged by the API and will be deprecated; use an API token with BearerTokenHandler instead.")]
[DiscouragedAuthentication("HTTP Basic", "an API token with BearerTokenHandler")]
[DebuggerDisplay("BasicAuthenticationHandler ({BaseAddressDisplay,nq})")]
public sealed class BasicAuthenticationHandler : DelegatingHandler
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _credentials;

    private readonly Uri _apiBaseAddress;

    /// <summary>Creates the handler. Set <see cref="DelegatingHandler.InnerHandler"/> (or let <c>IHttpClientFactory</c> do it).</summary>
    /// <param name="username">The API user name; must not be empty or contain <c>:</c> or control characters.</param>
    /// <param name="password">The password; must not contain control characters.</param>
    /// <param name="apiBaseAddress">The API base address whose origin receives the credentials, for example <c>https://api.upcloud.com/</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The user name or password is not allowed by RFC 7617, or <paramref name="apiBaseAddress"/> is not safe for credentials (see <see cref="CredentialGuard.EnsureSafeBaseAddress"/>).</exception>
    public BasicAuthenticationHandler(string username, string password, Uri apiBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        if (username.Length == 0)
        {
            throw new ArgumentException("The user name must not be empty.", nameof(username));
        }

        if (username.Contains(':', StringComparison.Ordinal) || TokenText.ContainsControlCharacter(username))
        {
            throw new ArgumentException("The user name must not contain ':' or control characters (RFC 7617).", nameof(username));
        }

        if (TokenText.ContainsControlCharacter(password))
        {
            throw new ArgumentException("The password must not contain control characters (RFC 7617).", nameof(password));
        }

        CredentialGuard.EnsureSafeBaseAddress(apiBaseAddress);
        _credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));
        _apiBaseAddress = apiBaseAddress;
    }

    private string BaseAddressDisplay => CredentialGuard.DescribeOrigin(_apiBaseAddress);

    /// <summary>Describes the handler by its base address only.</summary>
    /// <returns>For example <c>BasicAuthenticationHandler (https://api.upcloud.com:443)</c>.</returns>
    public override string ToString() => "BasicAuthenticationHandler (" + BaseAddressDisplay + ")";

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool attached = false;
        try
        {
            attached = Prepare(request);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CredentialGuard.RemoveAttachedCredentials(request, attached);
        }
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool attached = false;
        try
        {
            attached = Prepare(request);
            return base.Send(request, cancellationToken);
        }
        finally
        {
            CredentialGuard.RemoveAttachedCredentials(request, attached);
        }
    }

    /// <summary>Attaches the header when the request goes to the API's origin; returns whether it did.</summary>
    private bool Prepare(HttpRequestMessage request)
    {
        bool attach = !request.Headers.NonValidated.Contains("Authorization")
            && request.RequestUri is { IsAbsoluteUri: true } uri
            && CredentialGuard.IsSameOrigin(_apiBaseAddress, uri);
        if (attach)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _credentials);
        }

        try
        {
            CredentialGuard.EnsureNoCleartextCredentials(request);
        }
        catch when (attach)
        {
            CredentialGuard.RemoveAttachedCredentials(request, attached: true);
            throw;
        }

        return attach;
    }
}
