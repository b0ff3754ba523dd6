using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Tests.Fixtures;

/// <summary>Compares JSON documents by meaning: member order is free, timestamps compare as instants, numbers as numbers.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        List<string> differences = new();
        Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), "$", differences);
        Assert.True(differences.Count == 0, "JSON differs:\n" + string.Join("\n", differences) + "\nexpected: " + expected + "\nactual:   " + actual);
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    differences.Add(path + ": expected null, got " + actual.ToJsonString());
                }

                return;
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach ((string name, JsonNode? value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        differences.Add(path + "." + name + ": missing");
                        continue;
                    }

                    Compare(value, actualObject[name], path + "." + name, differences);
                }

                foreach ((string name, _) in actualObject)
                {
                    if (!expectedObject.ContainsKey(name))
                    {
                        differences.Add(path + "." + name + ": unexpected");
                    }
                }

                return;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add(path + ": " + expectedArray.Count + " items expected, got " + actualArray.Count);
                    return;
                }

                for (int i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], path + "[" + i + "]", differences);
                }

                return;
            case JsonValue expectedValue when actual is JsonValue actualValue:
                if (!SameValue(expectedValue, actualValue))
                {
                    differences.Add(path + ": expected " + expectedValue.ToJsonString() + ", got " + actualValue.ToJsonString());
                }

                return;
            default:
                differences.Add(path + ": expected " + expected.ToJsonString() + ", got " + (actual?.ToJsonString() ?? "null"));
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        JsonElement e = expected.GetValue<JsonElement>();
        JsonElement a = actual.GetValue<JsonElement>();
        if (e.ValueKind != a.ValueKind)
        {
            return false;
        }

        return e.ValueKind switch
        {
            JsonValueKind.Number => e.GetDecimal() == a.GetDecimal(),
            JsonValueKind.String => e.GetString() == a.GetString() || SameInstant(e.GetString()!, a.GetString()!),
            _ => e.GetRawText() == a.GetRawText(),
        };
    }

    private static bool SameInstant(string expected, string actual) =>
        expected.Contains('T') && actual.Contains('T')
        && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset e)
        && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset a)
        && e == a;
}
