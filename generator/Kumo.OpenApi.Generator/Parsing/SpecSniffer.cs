using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>Decides cheaply whether an additional file is an API description: its top level has 'openapi' or 'swagger'.</summary>
internal static class SpecSniffer
{
    public static bool HasSpecExtension(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsJson(string path) => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    public static bool LooksLikeSpec(string path, string text) => IsJson(path) ? JsonLooksLikeSpec(text) : YamlLooksLikeSpec(text);

    private static bool JsonLooksLikeSpec(string text)
    {
        // A broken JSON file that starts like an API description is still one: the generator reports where it breaks.
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        Utf8JsonReader reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("openapi") || reader.ValueTextEquals("swagger"))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return text.IndexOf("\"openapi\"", StringComparison.Ordinal) >= 0 || text.IndexOf("\"swagger\"", StringComparison.Ordinal) >= 0;
        }

        return false;
    }

    private static bool YamlLooksLikeSpec(string text)
    {
        using StringReader reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("openapi:", StringComparison.Ordinal) || line.StartsWith("swagger:", StringComparison.Ordinal)
                || line.StartsWith("\"openapi\":", StringComparison.Ordinal) || line.StartsWith("\"swagger\":", StringComparison.Ordinal)
                || line.StartsWith("'openapi':", StringComparison.Ordinal) || line.StartsWith("'swagger':", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
