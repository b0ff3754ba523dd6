using System;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>Checks on secret text. Messages built here never contain the secret itself.</summary>
internal static class TokenText
{
    internal const string Redacted = "[redacted]";

    /// <summary>
    /// A token fits in an HTTP header as a single credential: non-empty visible ASCII (no whitespace, control or
    /// non-ASCII characters), which covers RFC 6750 <c>b64token</c> and UpCloud's <c>ucat_…</c> tokens.
    /// </summary>
    internal static bool IsValidToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        foreach (char c in token)
        {
            if (c < '\x21' || c > '\x7E')
            {
                return false;
            }
        }

        return true;
    }

    internal static bool ContainsControlCharacter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static string? Normalize(string? token) => token?.Trim();

    internal static Exception InvalidTokenFromProvider() =>
        new InvalidOperationException(
            "The access token provider returned a token that is empty or contains characters not allowed in an HTTP header (whitespace, control or non-ASCII characters).");
}
