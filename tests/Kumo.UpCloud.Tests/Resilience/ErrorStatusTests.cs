using Kumo.OpenApi.Runtime;
using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Tests.Resilience;

// Every status reaches the caller as the right exception type, over real sockets. The generated client maps the
// statuses its API documents (400, 401, 403, 404, 409) to typed exceptions; any other status gives the base type.
[Collection(ResilienceCollection.Name)]
public sealed class ErrorStatusTests(SecretWitness suite)
{
    private const string Tokens = "/1.3/account/tokens";

    [Theory]
    [InlineData(400, typeof(UpCloudBadRequestException))]
    [InlineData(401, typeof(UpCloudUnauthorizedException))]
    [InlineData(403, typeof(UpCloudForbiddenException))]
    [InlineData(409, typeof(UpCloudConflictException))]
    [InlineData(404, typeof(UpCloudNotFoundException))]
    [InlineData(402, typeof(UpCloudApiException))]
    [InlineData(405, typeof(UpCloudApiException))]
    [InlineData(408, typeof(UpCloudApiException))]
    [InlineData(418, typeof(UpCloudApiException))]
    [InlineData(429, typeof(UpCloudApiException))]
    [InlineData(500, typeof(UpCloudApiException))]
    [InlineData(502, typeof(UpCloudApiException))]
    [InlineData(503, typeof(UpCloudApiException))]
    [InlineData(504, typeof(UpCloudApiException))]
    public async Task Each_status_gives_its_documented_type_or_the_base_type(int status, Type expected)
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("POST", Tokens, EmulatorFault.StatusCode(status));

        var exception = await harness.FailsWith<UpCloudApiException>(() => harness.Client.CreateTokenAsync(NewToken()));

        Assert.Equal(expected, exception.GetType());
        Assert.Equal(status, exception.StatusCode);
        Assert.Contains("Scripted failure", exception.RawBody, StringComparison.Ordinal);
        Assert.Equal(1, harness.Count("POST", Tokens));
    }

    [Fact]
    public async Task Undocumented_status_of_get_account_gives_the_base_type_with_the_body()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", "/1.3/account", EmulatorFault.StatusCode(402));

        var exception = await harness.FailsWith<UpCloudApiException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(typeof(UpCloudApiException), exception.GetType());
        Assert.Equal("HTTP_402", exception.ErrorCode);
        Assert.Contains("\"error_code\"", exception.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_without_can_create_tokens_gets_403_forbidden()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        var limited = await harness.Client.CreateTokenAsync(NewToken(canCreateTokens: false));
        harness.AddSecret(limited.TokenValue);
        await using var provider = harness.BuildProvider(o => { o.Token = limited.TokenValue; o.BaseAddress = harness.Emulator.BaseAddress; });

        var exception = await harness.FailsWith<UpCloudForbiddenException>(() => provider.GetRequiredServiceClient().CreateTokenAsync(NewToken()));

        Assert.Equal("FORBIDDEN", exception.ErrorCode);
    }

    [Fact]
    public async Task Expired_token_gets_401()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        var shortLived = await harness.Client.CreateTokenAsync(NewToken(expiresIn: "1h"));
        harness.AddSecret(shortLived.TokenValue);
        await using var provider = harness.BuildProvider(o => { o.Token = shortLived.TokenValue; o.BaseAddress = harness.Emulator.BaseAddress; });
        await provider.GetRequiredServiceClient().AccountDetailsAsync();

        harness.Time.Advance(TimeSpan.FromHours(2));

        var exception = await harness.FailsWith<UpCloudUnauthorizedException>(() => provider.GetRequiredServiceClient().AccountDetailsAsync());
        Assert.Equal("AUTHENTICATION_FAILED", exception.ErrorCode);
    }

    [Fact]
    public async Task Token_whose_allowed_ip_ranges_exclude_the_client_gets_401()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        var elsewhere = await harness.Client.CreateTokenAsync(NewToken(ranges: ["192.0.2.0/24"]));
        var loopback = await harness.Client.CreateTokenAsync(NewToken(ranges: ["127.0.0.1"]));
        harness.AddSecret(elsewhere.TokenValue);
        harness.AddSecret(loopback.TokenValue);
        await using var denied = harness.BuildProvider(o => { o.Token = elsewhere.TokenValue; o.BaseAddress = harness.Emulator.BaseAddress; });
        await using var allowed = harness.BuildProvider(o => { o.Token = loopback.TokenValue; o.BaseAddress = harness.Emulator.BaseAddress; });

        await harness.FailsWith<UpCloudUnauthorizedException>(() => denied.GetRequiredServiceClient().AccountDetailsAsync());
        Assert.Equal(harness.Emulator.MainUsername, (await allowed.GetRequiredServiceClient().AccountDetailsAsync()).Account.Username);
    }

    [Fact]
    public async Task Unknown_token_id_gets_404_not_found()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);

        var exception = await harness.FailsWith<UpCloudNotFoundException>(() => harness.Client.GetTokenAsync(Guid.NewGuid()));

        Assert.Equal("NOT_FOUND", exception.ErrorCode);
        Assert.NotNull(exception.CorrelationId);
    }

    internal static CreateTokenRequest NewToken(bool canCreateTokens = true, string expiresIn = "24h", IReadOnlyList<string>? ranges = null) => new()
    {
        Name = "resilience-test",
        ExpiresIn = expiresIn,
        CanCreateTokens = canCreateTokens,
        AllowedIpRanges = ranges ?? ["0.0.0.0/0", "::/0"],
    };
}

internal static class ProviderExtensions
{
    public static IUpCloudClient GetRequiredServiceClient(this IServiceProvider provider) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IUpCloudClient>(provider);
}
