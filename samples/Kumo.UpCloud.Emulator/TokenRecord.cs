using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

internal sealed class TokenRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Owner { get; init; }

    // The bearer secret; only ever written out once, in the create response.
    public required string Secret { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public required bool CanCreateTokens { get; init; }

    public required bool Gui { get; init; }

    public required IReadOnlyList<string> AllowedIpRanges { get; init; }

    // Creation order, to keep listings stable when timestamps tie (a frozen fake clock).
    public required long Sequence { get; init; }

    // Field order follows the recorded responses; last_used_at is absent, not null, until first use.
    public JsonObject ToJson(bool includeSecret)
    {
        var json = new JsonObject();
        if (includeSecret)
        {
            json["token"] = Secret;
        }

        json["id"] = Id;
        json["name"] = Name;
        json["type"] = "workspace";
        json["created_at"] = Timestamps.Format(CreatedAt);
        json["expires_at"] = Timestamps.Format(ExpiresAt);
        if (LastUsedAt is { } lastUsed)
        {
            json["last_used_at"] = Timestamps.Format(lastUsed);
        }

        json["can_create_tokens"] = CanCreateTokens;
        json["allowed_ip_ranges"] = new JsonArray(AllowedIpRanges.Select(range => (JsonNode?)range).ToArray());
        json["gui"] = Gui;
        return json;
    }
}
