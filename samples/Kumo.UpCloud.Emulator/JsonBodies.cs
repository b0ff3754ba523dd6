using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

internal static class JsonBodies
{
    // null when the body is empty, not JSON, or not a JSON object.
    public static JsonObject? ParseObject(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
            return node as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Clients often send explicit nulls for unset optional fields; the emulator treats them as absent.
    public static JsonNode? Present(JsonObject json, string name) => json.TryGetPropertyValue(name, out var value) ? value : null;

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
