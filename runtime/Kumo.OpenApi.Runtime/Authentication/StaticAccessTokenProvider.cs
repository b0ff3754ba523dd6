using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>An <see cref="IAccessTokenProvider"/> that always returns the same token, for example an UpCloud API token (<c>ucat_…</c>).</summary>
/// <remarks><see cref="ToString"/> and the debugger display never show the token.</remarks>
[DebuggerDisplay("StaticAccessTokenProvider (token: [redacted])")]
public sealed class StaticAccessTokenProvider : IAccessTokenProvider
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _token;

    /// <summary>Creates the provider.</summary>
    /// <param name="token">The token, without the <c>Bearer </c> prefix; surrounding whitespace is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="token"/> is empty or contains whitespace, control or non-ASCII characters.</exception>
    public StaticAccessTokenProvider(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string normalized = TokenText.Normalize(token)!;
        if (!TokenText.IsValidToken(normalized))
        {
            throw new ArgumentException(
                "The access token must be non-empty and must not contain whitespace, control or non-ASCII characters.",
                nameof(token));
        }

        _token = normalized;
    }

    /// <summary>Returns the token.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token given to the constructor.</returns>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        => cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<string>(cancellationToken)
            : ValueTask.FromResult(_token);

    /// <summary>Describes the provider without its token.</summary>
    /// <returns><c>StaticAccessTokenProvider (token: [redacted])</c>.</returns>
    public override string ToString() => "StaticAccessTokenProvider (token: " + TokenText.Redacted + ")";
}
