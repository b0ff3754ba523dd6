using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.UpCloud.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kumo.UpCloud.Tests.Resilience;

// Where credentials go, and where they never go, with the registered client and the emulator.
[Collection(ResilienceCollection.Name)]
public sealed class CredentialTests(SecretWitness suite)
{
    [Fact]
    public async Task Bearer_token_and_user_agent_reach_the_api()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o => o.UserAgent = "kumo-tests/1.0");

        await harness.Client.AccountDetailsAsync();

        var request = Assert.Single(harness.Emulator.Requests.Snapshot());
        Assert.Equal("Bearer", request.AuthorizationScheme);
        Assert.Matches(@"^kumo-tests/1\.0 kumo-openapi/\S+ \(UpCloudClient\)$", request.UserAgent);
    }

    [Fact]
    public async Task Redirect_to_another_host_is_not_followed_and_carries_no_credential_there()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        await using var other = await UpCloudEmulator.StartAsync();
        var target = new Uri(new Uri("http://localhost:" + other.BaseAddress.Port + "/"), "1.3/account");
        harness.Emulator.Faults.Enqueue("GET", "/1.3/account", EmulatorFault.Raw(302, null, []).WithHeader("Location", target.AbsoluteUri));

        var exception = await harness.FailsWith<UpCloudApiException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(302, exception.StatusCode);
        Assert.Equal(0, other.Requests.Count);
    }

    [Fact]
    public async Task Plain_http_to_a_host_that_is_not_loopback_is_refused_before_anything_is_sent()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        await using var provider = harness.BuildProvider(o =>
        {
            o.Token = harness.Emulator.SeededToken;
            o.BaseAddress = new Uri("http://api.upcloud.com/");
        });

        var exception = await harness.FailsWith<OptionsValidationException>(() => Task.FromResult(provider.GetRequiredServiceClient()));

        Assert.Contains("plain http", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_authentication_works_is_warned_about_and_never_logged()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        string password = new UpCloudEmulatorOptions().MainPassword;
        string encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(harness.Emulator.MainUsername + ":" + password));
        harness.AddSecret(encoded);
#pragma warning disable CS0618 // The discouraged scheme is what this test is about.
        await using var provider = harness.BuildProvider(o =>
        {
            o.BaseAddress = harness.Emulator.BaseAddress;
            o.LogBodies = true;
            o.UseBasicAuthentication(harness.Emulator.MainUsername, password);
        });
#pragma warning restore CS0618

        var account = await provider.GetRequiredServiceClient().AccountDetailsAsync();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
        Assert.Equal("Basic", harness.Emulator.Requests.Snapshot().Last().AuthorizationScheme);
        Assert.Contains(harness.Logs, entry => entry.EventId.Name == "BasicAuthenticationInUse" && entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Created_token_in_a_logged_response_body_is_redacted()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o => o.LogBodies = true);

        var created = await harness.Client.CreateTokenAsync(ErrorStatusTests.NewToken());
        harness.AddSecret(created.TokenValue);

        var body = Assert.Single(harness.Logs, entry => entry.EventId.Name == "ResponseBody" && entry.Value("StatusCode") == "201");
        Assert.Contains("\"token\":\"[redacted]\"", body.Value("Body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_from_configuration_is_reread_at_each_request()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        var second = await harness.Client.CreateTokenAsync(ErrorStatusTests.NewToken());
        harness.AddSecret(second.TokenValue);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["UpCloud:BaseAddress"] = harness.Emulator.BaseAddress.AbsoluteUri,
            ["UpCloud:Token"] = harness.Emulator.SeededToken,
        }).Build();
        var services = new ServiceCollection();
        services.AddApiClient<IUpCloudClient, UpCloudClient>("UpCloudClient", UpCloudClient.DefaultBaseAddress, http => new UpCloudClient(http), configuration.GetSection("UpCloud"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredServiceClient();
        await client.AccountDetailsAsync();

        // Rotate: the new token from configuration is used at once, so revoking the seeded one does not break the client.
        configuration["UpCloud:Token"] = second.TokenValue;
        var seeded = (await client.ListTokensAsync()).Single(token => token.Name == "kumo-emulator-seeded-token");
        await client.RevokeTokenAsync(seeded.Id);

        Assert.Equal(harness.Emulator.MainUsername, (await client.AccountDetailsAsync()).Account.Username);
    }

    [Fact]
    public async Task Caching_delegate_provider_fetches_the_token_once_for_many_requests()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        int fetches = 0;
        var provider = new CachingAccessTokenProvider(_ =>
        {
            Interlocked.Increment(ref fetches);
            return ValueTask.FromResult(new AccessToken(harness.Emulator.SeededToken, DateTimeOffset.UtcNow.AddHours(1)));
        });
        await using var services = harness.BuildProvider(o => { o.TokenProvider = provider; o.BaseAddress = harness.Emulator.BaseAddress; });

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => services.GetRequiredServiceClient().AccountDetailsAsync()));

        Assert.Equal(1, fetches);
    }
}
