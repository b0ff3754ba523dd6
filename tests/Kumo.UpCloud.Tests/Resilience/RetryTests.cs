using System.Diagnostics;
using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Tests.Resilience;

// The standard resilience handler in the registered client: what is retried, what is not, and how long it waits.
[Collection(ResilienceCollection.Name)]
public sealed class RetryTests(SecretWitness suite)
{
    private const string Account = "/1.3/account";
    private const string Tokens = "/1.3/account/tokens";

    [Fact]
    public async Task Status_429_with_retry_after_is_retried_after_the_delay_the_server_asked_for()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.StatusCode(429, retryAfter: "1"));

        var watch = Stopwatch.StartNew();
        var account = await harness.Client.AccountDetailsAsync();
        watch.Stop();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
        Assert.Equal(2, harness.Count("GET", Account));
        // Retry-After: 1 second (the configured backoff is 10 ms); loose bounds for a shared 2-core machine.
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Status_503_then_200_is_retried_for_get()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.StatusCode(503));

        var account = await harness.Client.AccountDetailsAsync();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
        Assert.Equal(2, harness.Count("GET", Account));
        var completed = Assert.Single(harness.Logs, entry => entry.EventId.Name == "RequestCompleted");
        Assert.Equal("2", completed.Value("Attempts"));
        // Polly's own telemetry goes through the same logger factory, so the leak check sees it too.
        Assert.Contains(harness.Logs, entry => entry.Category.StartsWith("Polly", StringComparison.Ordinal) && entry.Message.Contains("OnRetry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_503_is_not_retried_for_post()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("POST", Tokens, EmulatorFault.StatusCode(503));

        var exception = await harness.FailsWith<UpCloudApiException>(() => harness.Client.CreateTokenAsync(ErrorStatusTests.NewToken()));

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(1, harness.Count("POST", Tokens));
        Assert.Equal(0, harness.Emulator.Faults.Pending);
    }

    [Fact]
    public async Task Status_503_then_204_is_retried_for_delete()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        var token = await harness.Client.CreateTokenAsync(ErrorStatusTests.NewToken());
        harness.AddSecret(token.TokenValue);
        string path = Tokens + "/" + token.Id.ToString("D");
        harness.Emulator.Faults.Enqueue("DELETE", path, EmulatorFault.StatusCode(503));

        await harness.Client.RevokeTokenAsync(token.Id);

        Assert.Equal(2, harness.Count("DELETE", path));
    }

    [Fact]
    public async Task Persistent_503_gives_up_after_max_retries()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o => o.MaxRetries = 2);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.StatusCode(503), EmulatorFault.StatusCode(503), EmulatorFault.StatusCode(503), EmulatorFault.StatusCode(503));

        var exception = await harness.FailsWith<UpCloudApiException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(3, harness.Count("GET", Account));
    }

    [Fact]
    public async Task Connection_reset_mid_body_is_retried_for_get()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.ResetMidBody());

        var account = await harness.Client.AccountDetailsAsync();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
        Assert.Equal(2, harness.Count("GET", Account));
    }

    [Fact]
    public async Task Connection_reset_mid_body_without_retries_is_an_http_request_exception()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o => o.MaxRetries = 0);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.ResetMidBody());

        await harness.FailsWith<HttpRequestException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(1, harness.Count("GET", Account));
        Assert.Contains(harness.Logs, entry => entry.EventId.Name == "RequestFailed" && entry.Value("ErrorType") == nameof(HttpRequestException));
    }

    [Fact]
    public async Task Connection_reset_mid_body_is_not_retried_for_post()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("POST", Tokens, EmulatorFault.ResetMidBody());

        await harness.FailsWith<HttpRequestException>(() => harness.Client.CreateTokenAsync(ErrorStatusTests.NewToken()));

        Assert.Equal(1, harness.Count("POST", Tokens));
    }

    [Fact]
    public async Task Slow_response_times_out_with_a_timeout_exception()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(1);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        });
        harness.Emulator.Faults.Enqueue("GET", Account, Enumerable.Range(0, 10).Select(_ => EmulatorFault.Delayed(TimeSpan.FromSeconds(5))).ToArray());

        var watch = Stopwatch.StartNew();
        var exception = await harness.FailsWith<TimeoutException>(() => harness.Client.AccountDetailsAsync());

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(8));
        Assert.Contains("GET /1.3/account did not complete within", exception.Message, StringComparison.Ordinal);
        Assert.True(harness.Count("GET", Account) >= 2, "each attempt timed out and was retried");
    }

    [Fact]
    public async Task Body_that_stalls_past_the_attempt_timeout_is_retried()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(20);
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
        });
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.StallMidBody(TimeSpan.FromSeconds(10)));

        var account = await harness.Client.AccountDetailsAsync();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
        // The stalled attempt timed out and was retried (a very busy machine may need one more attempt).
        Assert.InRange(harness.Count("GET", Account), 2, 4);
    }

    [Fact]
    public async Task Retries_can_be_turned_off_with_use_standard_resilience_false()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o => o.UseStandardResilience = false);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.StatusCode(503));

        await harness.FailsWith<UpCloudApiException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(1, harness.Count("GET", Account));
    }
}
