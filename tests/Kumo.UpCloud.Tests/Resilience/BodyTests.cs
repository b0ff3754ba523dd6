using Kumo.OpenApi.Runtime;
using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Tests.Resilience;

// Broken, odd and large bodies, as the generated client reads them.
[Collection(ResilienceCollection.Name)]
public sealed class BodyTests(SecretWitness suite)
{
    private const string Account = "/1.3/account";

    [Fact]
    public async Task Malformed_json_in_a_200_gives_a_deserialization_exception_with_the_body()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.MalformedJson());

        var exception = await harness.FailsWith<ApiDeserializationException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal("AccountResponse", exception.ExpectedType);
        Assert.Contains(",,", exception.RawBody, StringComparison.Ordinal);
        Assert.Equal(1, harness.Count("GET", Account));
    }

    [Fact]
    public async Task Truncated_body_gives_a_deserialization_exception()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.TruncatedBody());

        var exception = await harness.FailsWith<ApiDeserializationException>(() => harness.Client.AccountDetailsAsync());

        Assert.StartsWith("{\"account\":", exception.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_200_body_gives_a_deserialization_exception()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.EmptyBody());

        var exception = await harness.FailsWith<ApiDeserializationException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal("", exception.RawBody);
        Assert.Contains("empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_error_page_gives_the_base_type_with_the_page()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite, o => o.MaxRetries = 0);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.HtmlErrorPage(502));

        var exception = await harness.FailsWith<UpCloudApiException>(() => harness.Client.AccountDetailsAsync());

        Assert.Equal(typeof(UpCloudApiException), exception.GetType());
        Assert.Equal(502, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
        Assert.Equal("text/html", exception.Error.ContentType);
        Assert.Contains("<h1>Bad Gateway</h1>", exception.RawBody, StringComparison.Ordinal);
        Assert.Contains("not a recognized error document", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_error_page_from_a_proxy_is_retried_for_get()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.HtmlErrorPage(502));

        var account = await harness.Client.AccountDetailsAsync();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
    }

    [Fact]
    public async Task Five_megabyte_body_is_read_completely()
    {
        await using var harness = await ResilienceHarness.StartAsync(suite);
        harness.Emulator.Faults.Enqueue("GET", Account, EmulatorFault.LargeBody(5 * 1024 * 1024));

        var account = await harness.Client.AccountDetailsAsync();

        Assert.Equal(harness.Emulator.MainUsername, account.Account.Username);
        Assert.NotNull(account.AdditionalProperties);
        Assert.True(account.AdditionalProperties["kumo_padding"].GetString()!.Length > 5_000_000);
    }
}
