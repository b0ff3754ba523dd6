using System.Net;
using System.Text;

namespace Kumo.UpCloud.Emulator;

// The authenticated party: an account, plus the token when a bearer token was used
// (token permissions such as can_create_tokens only limit token callers).
internal sealed record Caller(AccountRecord Account, TokenRecord? Token);

internal static class Authentication
{
    // Returns the caller, or null with the 401 response to send. Messages never repeat the credential.
    public static Caller? Authenticate(EmulatorState state, string? authorization, IPAddress? client, out EmulatorResponse? failure)
    {
        failure = null;
        if (string.IsNullOrWhiteSpace(authorization))
        {
            failure = Errors.AuthenticationRequired();
            return null;
        }

        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? authorization : authorization[..space];
        var parameter = space < 0 ? "" : authorization[(space + 1)..].Trim();
        var caller = scheme.ToUpperInvariant() switch
        {
            "BEARER" => Bearer(state, parameter, client),
            "BASIC" => Basic(state, parameter, client),
            _ => null,
        };
        if (caller is null)
        {
            failure = Errors.AuthenticationFailed();
        }

        return caller;
    }

    private static Caller? Bearer(EmulatorState state, string secret, IPAddress? client)
    {
        var token = state.FindTokenBySecret(secret);
        var now = Timestamps.Now(state.Time);
        // gui tokens belong to the Hub session: the API documents them as not usable externally.
        if (token is null || token.Gui || now >= token.ExpiresAt || !IpRange.AnyContains(token.AllowedIpRanges, client))
        {
            return null;
        }

        var account = state.FindAccount(token.Owner);
        if (account is null)
        {
            return null;
        }

        token.LastUsedAt = now;
        return new Caller(account, token);
    }

    private static Caller? Basic(EmulatorState state, string encoded, IPAddress? client)
    {
        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(encoded));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var account = state.FindAccount(decoded[..colon]);
        if (account is null || !account.PasswordMatches(decoded[(colon + 1)..]))
        {
            return null;
        }

        // Basic needs "API access" enabled for sub-accounts, and the account's IP filters apply to it.
        if (!account.IsMain && !account.AllowApi)
        {
            return null;
        }

        var filters = account.IpFilters;
        if (filters.Count > 0 && !IpRange.AnyContains(filters, client))
        {
            return null;
        }

        return new Caller(account, null);
    }
}
