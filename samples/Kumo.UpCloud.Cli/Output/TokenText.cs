using System.Text.Json;

namespace Kumo.UpCloud.Cli.Output;

// How a token is printed, for people and for scripts. The secret (Token.TokenValue) is written only
// when the caller asks for it, which only 'token create' does: the API returns it once, at creation.
internal static class TokenText
{
    public static void WriteDetails(TextWriter output, Token token)
    {
        new KeyValueList()
            .Add("ID", token.Id.ToString("D"))
            .Add("Name", TerminalText.Clean(token.Name))
            .Add("Type", TypeOf(token))
            .Add("Created", TimestampText.Human(token.CreatedAt))
            .Add("Expires", TimestampText.Human(token.ExpiresAt))
            .Add("Last used", token.LastUsedAt is { } used ? TimestampText.Human(used) : "never")
            .Add("Can create tokens", YesNo(token.CanCreateTokens))
            .Add("Allowed IP ranges", RangesOf(token, "none: the token cannot be used from any address"))
            .WriteTo(output);
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<Token> tokens)
    {
        var table = new TextTable("ID", "NAME", "TYPE", "CREATED", "EXPIRES", "LAST USED", "CAN CREATE TOKENS", "ALLOWED IP RANGES");
        foreach (Token token in tokens)
        {
            table.AddRow(
                token.Id.ToString("D"),
                TerminalText.Clean(token.Name),
                TypeOf(token),
                TimestampText.Human(token.CreatedAt),
                TimestampText.Human(token.ExpiresAt),
                token.LastUsedAt is { } used ? TimestampText.Human(used) : "never",
                YesNo(token.CanCreateTokens),
                RangesOf(token, "none"));
        }

        table.WriteTo(output);
    }

    public static void WriteJson(Utf8JsonWriter writer, Token token, bool includeSecret)
    {
        writer.WriteStartObject();
        writer.WriteString("id", token.Id.ToString("D"));
        writer.WriteString("name", token.Name);
        if (token.Type is { } type)
        {
            writer.WriteString("type", type.Value);
        }
        else
        {
            writer.WriteNull("type");
        }

        if (includeSecret)
        {
            writer.WriteString("token", token.TokenValue);
        }

        writer.WriteString("created_at", TimestampText.Json(token.CreatedAt));
        writer.WriteString("expires_at", TimestampText.Json(token.ExpiresAt));
        if (token.LastUsedAt is { } lastUsed)
        {
            writer.WriteString("last_used_at", TimestampText.Json(lastUsed));
        }
        else
        {
            writer.WriteNull("last_used_at");
        }

        writer.WriteBoolean("can_create_tokens", token.CanCreateTokens);
        writer.WriteStartArray("allowed_ip_ranges");
        foreach (string range in token.AllowedIpRanges ?? [])
        {
            writer.WriteStringValue(range);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("gui", token.Gui);
        writer.WriteEndObject();
    }

    private static string TypeOf(Token token) => token.Type is { } type ? TerminalText.Clean(type.Value) : "-";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string RangesOf(Token token, string whenEmpty) =>
        token.AllowedIpRanges is { Count: > 0 } ranges ? TerminalText.Clean(string.Join(", ", ranges)) : whenEmpty;
}
