using System;
using System.Diagnostics;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>An API token and, when the issuer says so, the time it stops working.</summary>
/// <param name="Value">The token, without the <c>Bearer </c> prefix.</param>
/// <param name="ExpiresOn">When the token expires; <see langword="null"/> when unknown or never.</param>
/// <remarks>
/// <see cref="ToString"/> and the debugger display show only the expiry, never <see cref="Value"/>. A token from
/// UpCloud's token API carries its expiry as <c>expires_at</c>.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct AccessToken(
    [property: DebuggerBrowsable(DebuggerBrowsableState.Never)] string Value,
    DateTimeOffset? ExpiresOn)
{
    /// <summary>Describes the token by its expiry only.</summary>
    /// <returns>For example <c>AccessToken (value: [redacted], expires: 2026-12-01T00:00:00.0000000+00:00)</c>.</returns>
    public override string ToString() =>
        "AccessToken (value: " + TokenText.Redacted + ", expires: "
        + (ExpiresOn is { } expires ? expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "unknown") + ")";
}
