using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

internal static class AccountEndpoints
{
    public static EmulatorResponse Get(EmulatorState state, EmulatorRequest request) =>
        EmulatorResponse.Legacy(200, new JsonObject
        {
            ["account"] = new JsonObject
            {
                ["username"] = request.Caller.Account.Username,
                ["credits"] = state.Credits,
                ["resource_limits"] = ResourceLimits(),
            },
        });

    // GET /1.3/account/list?label=key&label=key=value: every label filter must match (keys case-insensitively).
    public static EmulatorResponse List(EmulatorState state, EmulatorRequest request)
    {
        if (!request.Caller.Account.IsMain)
        {
            return Errors.AccountForbidden("Account listing is available only to the main account.");
        }

        var filters = new List<(string Key, string? Value)>();
        foreach (var label in request.Query["label"])
        {
            var equals = label?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            var key = equals < 0 ? label : label![..equals];
            if (string.IsNullOrEmpty(key))
            {
                return Errors.AttributeInvalid("label");
            }

            filters.Add((key, equals < 0 ? null : label![(equals + 1)..]));
        }

        var items = new JsonArray();
        foreach (var account in state.Accounts.Where(account => filters.All(filter => HasLabel(account, filter))))
        {
            items.Add((JsonNode)new JsonObject
            {
                ["type"] = account.IsMain ? "main" : "sub",
                ["username"] = account.Username,
                ["roles"] = new JsonObject { ["role"] = new JsonArray(account.Roles.Select(role => (JsonNode?)role).ToArray()) },
                ["labels"] = new JsonArray(account.Labels.Select(label => (JsonNode?)new JsonObject { ["key"] = label.Key, ["value"] = label.Value }).ToArray()),
            });
        }

        return EmulatorResponse.Legacy(200, new JsonObject { ["accounts"] = new JsonObject { ["account"] = items } });
    }

    // The main account may read itself and its sub-accounts; a sub-account only itself (DOC-ACC).
    public static EmulatorResponse Details(EmulatorState state, EmulatorRequest request)
    {
        var username = request.RouteValues[0];
        var caller = request.Caller.Account;
        if (!caller.IsMain && !string.Equals(caller.Username, username, StringComparison.OrdinalIgnoreCase))
        {
            return Errors.AccountForbidden("A sub-account can only read its own details.");
        }

        var account = state.FindAccount(username);
        return account is null
            ? Errors.UserNotFound(username)
            : EmulatorResponse.Legacy(200, new JsonObject { ["account"] = DetailsJson(state, account) });
    }

    // Keys in alphabetical order, like the recorded details response.
    private static JsonObject DetailsJson(EmulatorState state, AccountRecord account)
    {
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in account.Profile)
        {
            fields[name] = value?.DeepClone();
        }

        fields["main_account"] = state.Main.Username;
        fields["type"] = account.IsMain ? "main" : "sub";
        fields["username"] = account.Username;
        return new JsonObject(fields);
    }

    private static bool HasLabel(AccountRecord account, (string Key, string? Value) filter) =>
        account.Labels.Any(label =>
            string.Equals(label.Key, filter.Key, StringComparison.OrdinalIgnoreCase) &&
            (filter.Value is null || string.Equals(label.Value, filter.Value, StringComparison.Ordinal)));

    // The SPEC example's limits (facts A1), all plain numbers.
    private static JsonObject ResourceLimits() => new()
    {
        ["managed_databases"] = 5,
        ["network_peerings"] = 20,
        ["file_storages"] = 10,
        ["managed_kubernetes"] = 5,
        ["tags"] = 200,
        ["cores"] = 64,
        ["cloud_server_dev_1xcpu_1gb_10gb_plans"] = 0,
        ["cloud_server_dev_1xcpu_1gb_plans"] = 0,
        ["storage_hdd"] = 10240,
        ["networks"] = 100,
        ["network_gateways_essentials"] = 20,
        ["network_gateways"] = 20,
        ["storage_ssd"] = 20480,
        ["load_balancers_essentials"] = 20,
        ["load_balancers"] = 20,
        ["gpus"] = 8,
        ["detached_interfaces"] = 100,
        ["detached_floating_ips"] = 50,
        ["managed_object_storages"] = 50,
        ["memory"] = 524288,
        ["ntp_excess_gib"] = 100,
        ["public_ipv4"] = 64,
        ["public_ipv6"] = 64,
        ["routers"] = 20,
        ["storage_maxiops"] = 10240,
        ["storage_standard"] = 20480,
        ["storage_total"] = 40960,
    };
}
