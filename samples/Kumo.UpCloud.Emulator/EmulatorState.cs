using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// All mutable data of one emulator. Callers hold Gate while reading or writing; requests are tiny,
// so one lock keeps every request atomic without any finer-grained reasoning.
internal sealed class EmulatorState
{
    private readonly List<AccountRecord> accounts = [];
    private readonly Dictionary<string, TokenRecord> tokensById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TokenRecord> tokensBySecret = new(StringComparer.Ordinal);
    private long nextSequence;

    public EmulatorState(UpCloudEmulatorOptions options)
    {
        Time = options.TimeProvider;
        Credits = options.Credits;
        Main = new AccountRecord(options.MainUsername, isMain: true, MainProfile(options.MainUsername));
        Main.SetPassword(options.MainPassword);
        accounts.Add(Main);

        var now = Timestamps.Now(Time);
        SeededToken = AddToken(new TokenRecord
        {
            Id = Ulid.NewTokenId(),
            Name = "kumo-emulator-seeded-token",
            Owner = Main.Username,
            Secret = options.SeededToken ?? "ucat_" + Ulid.New(now),
            CreatedAt = now,
            ExpiresAt = now + Durations.MaximumTokenLifetime,
            CanCreateTokens = true,
            Gui = false,
            AllowedIpRanges = IpRange.AllowEverywhere,
            Sequence = 0,
        });
    }

    public Lock Gate { get; } = new();

    public TimeProvider Time { get; }

    public double Credits { get; }

    public AccountRecord Main { get; }

    public TokenRecord SeededToken { get; }

    public IReadOnlyList<AccountRecord> Accounts => accounts;

    public long NextSequence() => ++nextSequence;

    public AccountRecord? FindAccount(string username) =>
        accounts.Find(account => string.Equals(account.Username, username, StringComparison.OrdinalIgnoreCase));

    public void AddAccount(AccountRecord account) => accounts.Add(account);

    public void RemoveAccount(AccountRecord account)
    {
        accounts.Remove(account);
        // A token carries its account's permissions: without the account it must stop working.
        foreach (var token in TokensOf(account.Username).ToList())
        {
            RemoveToken(token);
        }
    }

    public TokenRecord AddToken(TokenRecord token)
    {
        tokensById.Add(token.Id, token);
        tokensBySecret.Add(token.Secret, token);
        return token;
    }

    public TokenRecord? FindTokenBySecret(string secret) => tokensBySecret.GetValueOrDefault(secret);

    public TokenRecord? FindTokenById(string id) => tokensById.GetValueOrDefault(id);

    public IEnumerable<TokenRecord> TokensOf(string username) =>
        tokensById.Values.Where(token => string.Equals(token.Owner, username, StringComparison.OrdinalIgnoreCase));

    public void RemoveToken(TokenRecord token)
    {
        tokensById.Remove(token.Id);
        tokensBySecret.Remove(token.Secret);
    }

    private static JsonObject MainProfile(string username) => new()
    {
        ["address"] = "Kumo Street 1",
        ["allow_api"] = "yes",
        ["allow_gui"] = "yes",
        ["campaigns"] = new JsonObject { ["campaign"] = new JsonArray() },
        ["city"] = "Helsinki",
        ["company"] = "Kumo",
        ["country"] = "FIN",
        ["currency"] = "EUR",
        ["email"] = username + "@example.com",
        ["enable_3rd_party_services"] = "yes",
        ["first_name"] = "Kumo",
        ["ip_filters"] = new JsonObject { ["ip_filter"] = new JsonArray() },
        ["language"] = "en",
        ["last_name"] = "Main",
        ["network_access"] = new JsonObject { ["network"] = new JsonArray("*") },
        ["phone"] = "+358.401234567",
        ["postal_code"] = "00100",
        ["roles"] = new JsonObject { ["role"] = new JsonArray("billing", "aux_billing", "technical") },
        ["server_access"] = new JsonObject { ["server"] = new JsonArray(new JsonObject { ["storage"] = "yes", ["uuid"] = "*" }) },
        ["state"] = "",
        ["storage_access"] = new JsonObject { ["storage"] = new JsonArray("*") },
        ["tag_access"] = new JsonObject { ["tag"] = new JsonArray() },
        ["timezone"] = "UTC",
        ["vat_number"] = "",
    };
}
