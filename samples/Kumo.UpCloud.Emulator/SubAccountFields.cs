using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Emulator;

// Validation and normalisation of the profile fields of POST /account/sub and PUT /account/sub/{u}.
// Each normaliser returns the value in its stored wire shape, or null when the value is invalid.
internal static partial class SubAccountFields
{
    public static readonly string[] RequiredOnCreate = ["username", "email", "phone", "language", "timezone"];

    private static readonly Dictionary<string, Func<JsonNode, JsonNode?>> Normalisers = new(StringComparer.Ordinal)
    {
        ["first_name"] = Text,
        ["last_name"] = Text,
        ["company"] = Text,
        ["address"] = Text,
        ["postal_code"] = Text,
        ["city"] = Text,
        ["state"] = Text,
        ["vat_number"] = Text,
        ["email"] = node => Matching(node, Email()),
        // International format with the country code and the national part separated by a period.
        ["phone"] = node => Matching(node, Phone()),
        ["country"] = node => Matching(node, Country()),
        // upctl: "EUR/GBP/USD/SGD are the only accepted values".
        ["currency"] = node => OneOf(node, "EUR", "GBP", "USD", "SGD"),
        ["language"] = node => Matching(node, Language()),
        ["timezone"] = TimeZone,
        ["allow_api"] = YesNo,
        ["allow_gui"] = YesNo,
        ["enable_3rd_party_services"] = YesNo,
        ["roles"] = node => Wrapped(node, "role", role => OneOf(role, "billing", "aux_billing", "technical")),
        ["ip_filters"] = node => Wrapped(node, "ip_filter", IpFilter),
        ["network_access"] = node => Wrapped(node, "network", Text),
        ["storage_access"] = node => Wrapped(node, "storage", Text),
        ["server_access"] = node => Wrapped(node, "server", item => Pair(item, "uuid", Text, "storage", YesNo)),
        ["tag_access"] = node => Wrapped(node, "tag", item => Pair(item, "name", Text, "storage", YesNo)),
    };

    public static bool IsProfileField(string name) => Normalisers.ContainsKey(name);

    public static JsonNode? Normalise(string name, JsonNode value) => Normalisers[name](value);

    // Defaults of a new sub-account; enable_3rd_party_services is "yes" in the recording although not sent.
    public static JsonObject NewProfile(AccountRecord main) => new()
    {
        ["address"] = "",
        ["allow_api"] = "yes",
        ["allow_gui"] = "no",
        ["campaigns"] = new JsonObject { ["campaign"] = new JsonArray() },
        ["city"] = "",
        ["company"] = "",
        ["country"] = "",
        ["currency"] = main.Profile["currency"]?.DeepClone(),
        ["enable_3rd_party_services"] = "yes",
        ["first_name"] = "",
        ["ip_filters"] = new JsonObject { ["ip_filter"] = new JsonArray() },
        ["last_name"] = "",
        ["network_access"] = new JsonObject { ["network"] = new JsonArray() },
        ["postal_code"] = "",
        ["roles"] = new JsonObject { ["role"] = new JsonArray() },
        ["server_access"] = new JsonObject { ["server"] = new JsonArray() },
        ["state"] = "",
        ["storage_access"] = new JsonObject { ["storage"] = new JsonArray() },
        ["tag_access"] = new JsonObject { ["tag"] = new JsonArray() },
        ["vat_number"] = "",
    };

    public static bool IsValidUsername(string? username) => username is not null && Username().IsMatch(username);

    // upctl: "Minimum 12 characters with 1 lowercase, 1 uppercase, and 1 number".
    public static bool IsValidPassword(string? password) =>
        password is { Length: >= 12 and <= 256 } &&
        password.Any(char.IsAsciiLetterLower) && password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiDigit);

    public static List<KeyValuePair<string, string>>? Labels(JsonNode node)
    {
        if (node is not JsonArray items)
        {
            return null;
        }

        var labels = new List<KeyValuePair<string, string>>();
        foreach (var item in items)
        {
            if (item is not JsonObject label || label.Count != 2 ||
                JsonBodies.AsString(label["key"]) is not { Length: > 0 } key || JsonBodies.AsString(label["value"]) is not { } value ||
                labels.Any(existing => string.Equals(existing.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            labels.Add(new(key, value));
        }

        return labels;
    }

    private static JsonNode? Text(JsonNode node) =>
        JsonBodies.AsString(node) is { Length: <= 255 } text ? text : null;

    private static JsonNode? Matching(JsonNode node, Regex pattern) =>
        JsonBodies.AsString(node) is { } text && pattern.IsMatch(text) ? text : null;

    private static JsonNode? OneOf(JsonNode? node, params string[] allowed) =>
        JsonBodies.AsString(node) is { } text && allowed.Contains(text, StringComparer.Ordinal) ? text : null;

    private static JsonNode? YesNo(JsonNode? node) => OneOf(node, "yes", "no");

    private static JsonNode? TimeZone(JsonNode node) =>
        JsonBodies.AsString(node) is { Length: > 0 } text && TimeZoneInfo.TryFindSystemTimeZoneById(text, out _) ? text : null;

    private static JsonNode? IpFilter(JsonNode node) =>
        JsonBodies.AsString(node) is { } text && IpRange.TryParse(text, out _) ? text : null;

    // {"role":[…]} style wrappers; a null list (accepted by the API in permissions.yaml) is stored as [].
    private static JsonNode? Wrapped(JsonNode node, string inner, Func<JsonNode, JsonNode?> item)
    {
        if (node is not JsonObject wrapper || wrapper.Any(property => property.Key != inner))
        {
            return null;
        }

        var result = new JsonArray();
        var items = JsonBodies.Present(wrapper, inner);
        if (items is null)
        {
            return new JsonObject { [inner] = result };
        }

        if (items is not JsonArray array)
        {
            return null;
        }

        foreach (var element in array)
        {
            if (element is null || item(element) is not { } normalised)
            {
                return null;
            }

            result.Add(normalised);
        }

        return new JsonObject { [inner] = result };
    }

    // {"uuid":"*","storage":"yes"} / {"name":…,"storage":…}, stored with keys in alphabetical order.
    private static JsonNode? Pair(JsonNode node, string key, Func<JsonNode, JsonNode?> keyRule, string flag, Func<JsonNode?, JsonNode?> flagRule)
    {
        if (node is not JsonObject pair || pair.Any(property => property.Key != key && property.Key != flag) ||
            JsonBodies.Present(pair, key) is not { } keyValue || keyRule(keyValue) is not { } normalisedKey)
        {
            return null;
        }

        var normalisedFlag = JsonBodies.Present(pair, flag) is { } flagValue ? flagRule(flagValue) : "no";
        if (normalisedFlag is null)
        {
            return null;
        }

        var sorted = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal) { [key] = normalisedKey, [flag] = normalisedFlag };
        return new JsonObject(sorted);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{4,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Username();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[0-9]{1,3}\.[0-9]{4,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Country();

    [GeneratedRegex(@"^[a-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Language();
}
