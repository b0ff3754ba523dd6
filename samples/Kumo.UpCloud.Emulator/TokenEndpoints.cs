using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// The token API: bare bodies (no wrappers), RFC 7807 problems for errors, and the bearer secret
// shown only in the create response.
internal static class TokenEndpoints
{
    public static EmulatorResponse Create(EmulatorState state, EmulatorRequest request)
    {
        // Basic-auth callers are the account itself; only token callers are limited by can_create_tokens.
        if (request.Caller.Token is { CanCreateTokens: false })
        {
            return Errors.Forbidden(state.Time);
        }

        var json = JsonBodies.ParseObject(request.Body);
        if (json is null)
        {
            return Errors.BadRequest([], state.Time, "The request body must be a JSON object.");
        }

        var now = Timestamps.Now(state.Time);
        var problems = new List<(string Name, string Reason)>();
        var parsed = TokenCreateRequest.Parse(json, now, problems);
        if (parsed is null)
        {
            return Errors.BadRequest(problems, state.Time);
        }

        // Unset means: the account's IP filters, or allow-all when it has none (SPEC allowed_ip_ranges).
        var account = request.Caller.Account;
        var ranges = parsed.AllowedIpRanges
            ?? (account.IpFilters.Count > 0 ? account.IpFilters : IpRange.AllowEverywhere);
        var token = state.AddToken(new TokenRecord
        {
            Id = Ulid.NewTokenId(),
            Name = parsed.Name,
            Owner = account.Username,
            // Minted from the creation time, so the ULID's timestamp equals created_at (as on the real API).
            Secret = "ucat_" + Ulid.New(now),
            CreatedAt = now,
            ExpiresAt = parsed.ExpiresAt,
            CanCreateTokens = parsed.CanCreateTokens,
            Gui = parsed.Gui,
            AllowedIpRanges = ranges.ToList(),
            Sequence = state.NextSequence(),
        });
        return EmulatorResponse.Token(201, token.ToJson(includeSecret: true));
    }

    public static EmulatorResponse List(EmulatorState state, EmulatorRequest request)
    {
        var problems = new List<(string Name, string Reason)>();
        var query = TokenListQuery.Parse(request.Query, problems);
        if (query is null)
        {
            return Errors.BadRequest(problems, state.Time);
        }

        var tokens = query.Apply(state.TokensOf(request.Caller.Account.Username));
        return EmulatorResponse.Token(200, new JsonArray(tokens.Select(token => (JsonNode?)token.ToJson(includeSecret: false)).ToArray()));
    }

    public static EmulatorResponse Get(EmulatorState state, EmulatorRequest request) =>
        Find(state, request) is { } token
            ? EmulatorResponse.Token(200, token.ToJson(includeSecret: false))
            : Errors.TokenNotFound(state.Time);

    // A token may revoke itself; it stops working at once (the real API may take up to a minute).
    public static EmulatorResponse Delete(EmulatorState state, EmulatorRequest request)
    {
        if (Find(state, request) is not { } token)
        {
            return Errors.TokenNotFound(state.Time);
        }

        state.RemoveToken(token);
        return EmulatorResponse.NoContent();
    }

    // Malformed ids and other accounts' tokens look exactly like missing ones.
    private static TokenRecord? Find(EmulatorState state, EmulatorRequest request)
    {
        var id = request.RouteValues[0];
        if (!Guid.TryParseExact(id, "D", out _))
        {
            return null;
        }

        var token = state.FindTokenById(id);
        return token is not null && string.Equals(token.Owner, request.Caller.Account.Username, StringComparison.OrdinalIgnoreCase)
            ? token
            : null;
    }
}
