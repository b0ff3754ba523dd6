// The walking skeleton of Kumo: a client generated at build time from spec/upcloud.json, used as a person would.
// With UPCLOUD_TOKEN set it talks to https://api.upcloud.com; without, to the built-in emulator on 127.0.0.1.
using Kumo.OpenApi.Runtime;
using Kumo.OpenApi.Runtime.Authentication;
using Kumo.UpCloud;
using Kumo.UpCloud.Emulator;

bool useRealApi = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentAccessTokenProvider.UpCloudTokenVariable));
await using UpCloudEmulator? emulator = useRealApi ? null : await UpCloudEmulator.StartAsync();
Uri baseAddress = emulator?.BaseAddress ?? new Uri(UpCloudClient.DefaultBaseAddress);
IAccessTokenProvider tokens = emulator is null
    ? new EnvironmentAccessTokenProvider()
    : new StaticAccessTokenProvider(emulator.SeededToken);

Console.WriteLine(emulator is null
    ? "Using the real UpCloud API (UPCLOUD_TOKEN is set)."
    : $"Using the built-in UpCloud emulator at {baseAddress} (set UPCLOUD_TOKEN to use the real API).");

using HttpClient http = CreateHttpClient(tokens, baseAddress);
UpCloudClient client = new(http);

AccountResponse account = await client.AccountDetailsAsync();
Console.WriteLine($"Account:  {account.Account.Username}, credits {account.Account.Credits?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"}");

Token created = await client.CreateTokenAsync(new CreateTokenRequest
{
    Name = "kumo-sample",
    ExpiresIn = "1h",
    AllowedIpRanges = ["127.0.0.0/8", "::1/128"],
});
Console.WriteLine($"Created:  {created.Name} ({created.Id}), token {Mask(created.TokenValue)}, expires {created.ExpiresAt:u}");

IReadOnlyList<Token> list = await client.ListTokensAsync(limit: 100);
Console.WriteLine($"Listed:   {list.Count} token(s)");
foreach (Token token in list)
{
    Console.WriteLine($"          - {token.Name,-20} {token.Id}  expires {token.ExpiresAt:u}  ranges [{string.Join(", ", token.AllowedIpRanges)}]");
}

Token fetched = await client.GetTokenAsync(created.Id);
Console.WriteLine($"Fetched:  {fetched.Name} ({fetched.Id}), can create tokens: {fetched.CanCreateTokens}");

await client.RevokeTokenAsync(created.Id);
Console.WriteLine($"Revoked:  {created.Id}");

// A token the API does not know: built at run time, so no token-shaped literal sits in source.
string unknownToken = "ucat_" + new string('0', 26);
using HttpClient badHttp = CreateHttpClient(new StaticAccessTokenProvider(unknownToken), baseAddress);
try
{
    await new UpCloudClient(badHttp).AccountDetailsAsync();
    Console.WriteLine("Unexpected: the unknown token was accepted.");
    return 1;
}
catch (UpCloudUnauthorizedException ex)
{
    Console.WriteLine($"Bad token: {ex.GetType().Name}: HTTP {ex.StatusCode} {ex.ErrorCode}: {ex.Title}");
}

return 0;

static HttpClient CreateHttpClient(IAccessTokenProvider tokens, Uri baseAddress) =>
    new(new BearerTokenHandler(tokens, baseAddress) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } })
    {
        BaseAddress = baseAddress,
    };

// Only the prefix of a secret is ever printed.
static string Mask(string? token) => token is { Length: > 9 } ? token[..9] + "…" : "(none)";
