using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// The bare body of POST /1.3/account/tokens, validated like the SPEC schema
// (additionalProperties false, name 1–1024, exactly one of expires_at / expires_in, ≤ 100 unique IP ranges).
internal sealed record TokenCreateRequest(string Name, DateTimeOffset ExpiresAt, bool CanCreateTokens, bool Gui, IReadOnlyList<string>? AllowedIpRanges)
{
    private static readonly string[] KnownFields = ["name", "expires_at", "expires_in", "can_create_tokens", "allowed_ip_ranges", "gui"];

    // Collects every problem (the API lists them all in invalid_params) and returns null if there was one.
    public static TokenCreateRequest? Parse(JsonObject json, DateTimeOffset now, List<(string Name, string Reason)> problems)
    {
        foreach (var (field, _) in json)
        {
            if (!KnownFields.Contains(field, StringComparer.Ordinal))
            {
                problems.Add((field, "Unknown field."));
            }
        }

        var name = ReadName(json, problems);
        var expiresAt = ReadExpiry(json, now, problems);
        var canCreateTokens = ReadBoolean(json, "can_create_tokens", problems);
        var gui = ReadBoolean(json, "gui", problems);
        var ranges = ReadRanges(json, problems);
        return problems.Count > 0 ? null : new TokenCreateRequest(name!, expiresAt, canCreateTokens, gui, ranges);
    }

    private static string? ReadName(JsonObject json, List<(string, string)> problems)
    {
        var node = JsonBodies.Present(json, "name");
        var name = JsonBodies.AsString(node);
        if (node is null)
        {
            problems.Add(("name", "Name is required."));
        }
        else if (name is null || name.Length is 0 or > 1024)
        {
            problems.Add(("name", "Name must be a string of 1 to 1024 characters."));
        }

        return name;
    }

    private static DateTimeOffset ReadExpiry(JsonObject json, DateTimeOffset now, List<(string, string)> problems)
    {
        var at = JsonBodies.Present(json, "expires_at");
        var @in = JsonBodies.Present(json, "expires_in");
        if ((at is null) == (@in is null))
        {
            var reason = at is null
                ? "Either expires_at or expires_in must be set."
                : "Only one of expires_at and expires_in can be set.";
            problems.Add(("expires_at", reason));
            problems.Add(("expires_in", reason));
            return default;
        }

        if (@in is not null)
        {
            if (JsonBodies.AsString(@in) is not { } text)
            {
                problems.Add(("expires_in", "Must be a duration string such as 1h30m."));
                return default;
            }

            if (!Durations.TryParse(text, out var duration, out var reason))
            {
                problems.Add(("expires_in", reason));
                return default;
            }

            return Timestamps.TruncateToMicroseconds(now + duration);
        }

        if (JsonBodies.AsString(at) is not { } stamp || !Timestamps.TryParseRfc3339(stamp, out var expiresAt))
        {
            problems.Add(("expires_at", "Token expiration time must be an RFC 3339 timestamp."));
            return default;
        }

        if (expiresAt <= now)
        {
            problems.Add(("expires_at", "Token expiration time must be in the future."));
        }
        else if (expiresAt > now + Durations.MaximumTokenLifetime)
        {
            problems.Add(("expires_at", "Token expiration time must be at most one year (8760h) in the future."));
        }

        return Timestamps.TruncateToMicroseconds(expiresAt);
    }

    private static bool ReadBoolean(JsonObject json, string field, List<(string, string)> problems)
    {
        var node = JsonBodies.Present(json, field);
        if (node is null)
        {
            return false;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        problems.Add((field, "Must be a boolean."));
        return false;
    }

    // null means "unset": the caller then applies the account's IP filters or allow-all.
    private static List<string>? ReadRanges(JsonObject json, List<(string, string)> problems)
    {
        var node = JsonBodies.Present(json, "allowed_ip_ranges");
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray items)
        {
            problems.Add(("allowed_ip_ranges", "Must be an array of IP addresses, CIDR blocks or IP ranges."));
            return null;
        }

        if (items.Count > 100)
        {
            problems.Add(("allowed_ip_ranges", "At most 100 IP ranges are allowed."));
            return null;
        }

        var ranges = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = JsonBodies.AsString(items[i]);
            if (text is null || !IpRange.TryParse(text, out _))
            {
                problems.Add(("allowed_ip_ranges", $"Item {i} is not a valid IP address, CIDR block or IP range."));
            }
            else if (ranges.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(("allowed_ip_ranges", $"Item {i} duplicates an earlier item; IP ranges must be unique."));
            }
            else
            {
                ranges.Add(text);
            }
        }

        return ranges;
    }
}
