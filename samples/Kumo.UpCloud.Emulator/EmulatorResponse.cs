using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// What a handler decided; the host writes it. Handlers run under the state lock and never touch the socket.
internal sealed record EmulatorResponse(int Status, JsonNode? Body = null, string? ContentType = null)
{
    // Account endpoints (and their errors) answer like UpCloud's older Apache-fronted services.
    public const string LegacyJson = "application/json; charset=UTF-8";

    // Token endpoints answer with a plain media type (recorded in token.yaml).
    public const string TokenJson = "application/json";

    public const string ProblemJson = "application/problem+json";

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static EmulatorResponse NoContent() => new(204);

    public static EmulatorResponse Legacy(int status, JsonNode body) => new(status, body, LegacyJson);

    public static EmulatorResponse Token(int status, JsonNode body) => new(status, body, TokenJson);
}
