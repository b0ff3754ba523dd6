using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.Tests.TestSupport;
using Microsoft.Extensions.Configuration;

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class AccessTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Access_token_never_shows_its_value()
    {
        string secret = TestTokens.New();
        var token = new AccessToken(secret, Start);

        Assert.DoesNotContain(secret, token.ToString(), StringComparison.Ordinal);
        Assert.Contains("[redacted]", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("2026-01-01", token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, new AccessToken(secret, null).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delegate_provider_calls_the_delegate_every_time_and_validates_the_token()
    {
        int calls = 0;
        var provider = new DelegateAccessTokenProvider(_ => ValueTask.FromResult(new AccessToken(" token-" + ++calls + "\n", null)));

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("DelegateAccessTokenProvider", provider.ToString());

        string secret = "bad token " + TestTokens.New();
        var bad = new DelegateAccessTokenProvider(_ => ValueTask.FromResult(new AccessToken(secret, null)));
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () => await bad.GetTokenAsync(CancellationToken.None));
        Assert.DoesNotContain(secret, exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new DelegateAccessTokenProvider(null!));
    }

    [Fact]
    public async Task Caching_provider_keeps_the_token_until_shortly_before_expiry()
    {
        var clock = new ManualClock(Start);
        int calls = 0;
        var provider = new CachingAccessTokenProvider(
            _ => ValueTask.FromResult(new AccessToken("token-" + ++calls, clock.GetUtcNow().AddHours(1))),
            TimeSpan.FromMinutes(5),
            clock);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(1, calls);

        // Inside the refresh window: the current token is served while its successor is fetched in the background.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        string current = "token-1";
        for (int i = 0; i < 500 && current != "token-2"; i++)
        {
            await Task.Delay(10);
            current = await provider.GetTokenAsync(CancellationToken.None);
        }

        Assert.Equal("token-2", current);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Caching_provider_fetches_once_for_many_concurrent_callers()
    {
        var clock = new ManualClock(Start);
        var release = new TaskCompletionSource<AccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        var provider = new CachingAccessTokenProvider(
            _ =>
            {
                Interlocked.Increment(ref calls);
                return new ValueTask<AccessToken>(release.Task);
            },
            timeProvider: clock);

        Task<string>[] callers = Enumerable.Range(0, 50).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToArray();
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 1);
        release.SetResult(new AccessToken("shared", Start.AddHours(1)));

        Assert.All(await Task.WhenAll(callers), token => Assert.Equal("shared", token));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Caching_provider_waits_for_a_new_token_once_the_old_one_expired()
    {
        var clock = new ManualClock(Start);
        int calls = 0;
        var provider = new CachingAccessTokenProvider(
            _ => ValueTask.FromResult(new AccessToken("token-" + ++calls, clock.GetUtcNow().AddMinutes(10))),
            TimeSpan.FromMinutes(1),
            clock);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Caching_provider_keeps_the_current_token_when_a_background_refresh_fails()
    {
        var clock = new ManualClock(Start);
        int calls = 0;
        var provider = new CachingAccessTokenProvider(
            _ => ++calls == 1
                ? ValueTask.FromResult(new AccessToken("token-1", Start.AddMinutes(10)))
                : ValueTask.FromException<AccessToken>(new InvalidOperationException("vault unavailable")),
            TimeSpan.FromMinutes(5),
            clock);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        await WaitUntilAsync(() => calls == 2);
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));

        // After expiry the failure reaches the caller.
        clock.Advance(TimeSpan.FromMinutes(5));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Caching_provider_without_expiry_caches_until_invalidated_and_hides_the_token()
    {
        string secret = TestTokens.New();
        int calls = 0;
        var provider = new CachingAccessTokenProvider(_ =>
        {
            calls++;
            return ValueTask.FromResult(new AccessToken(secret, null));
        });

        Assert.Equal(secret, await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(secret, await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(1, calls);
        Assert.DoesNotContain(secret, provider.ToString(), StringComparison.Ordinal);
        BearerTokenHandlerTests.AssertSecretsHiddenFromDebugger(typeof(CachingAccessTokenProvider), "_cached");

        provider.Invalidate();
        await provider.GetTokenAsync(CancellationToken.None);
        Assert.Equal(2, calls);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CachingAccessTokenProvider(_ => default, TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task Caching_provider_lets_a_caller_stop_waiting()
    {
        var never = new TaskCompletionSource<AccessToken>();
        var provider = new CachingAccessTokenProvider(_ => new ValueTask<AccessToken>(never.Task));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await provider.GetTokenAsync(cts.Token));
    }

    [Fact]
    public async Task Configuration_provider_reads_the_key_at_every_call()
    {
        string first = TestTokens.New();
        string second = TestTokens.New();
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["UpCloud:Token"] = first })
            .Build();
        var provider = new ConfigurationAccessTokenProvider(configuration.GetSection("UpCloud"));

        Assert.Equal(first, await provider.GetTokenAsync(CancellationToken.None));
        configuration["UpCloud:Token"] = " " + second + " ";
        Assert.Equal(second, await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("ConfigurationAccessTokenProvider (UpCloud:Token)", provider.ToString());
        BearerTokenHandlerTests.AssertSecretsHiddenFromDebugger(typeof(ConfigurationAccessTokenProvider), "_configuration");

        configuration["UpCloud:Token"] = "two words " + second;
        var invalid = await Assert.ThrowsAsync<InvalidOperationException>(async () => await provider.GetTokenAsync(CancellationToken.None));
        Assert.Contains("UpCloud:Token", invalid.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(second, invalid.Message, StringComparison.Ordinal);

        configuration["UpCloud:Token"] = null;
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(async () => await provider.GetTokenAsync(CancellationToken.None));
        Assert.Contains("'UpCloud:Token' is not set", missing.Message, StringComparison.Ordinal);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
