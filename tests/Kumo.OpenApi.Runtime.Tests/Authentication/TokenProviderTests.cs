using Kumo.OpenApi.Runtime.Authentication;

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class TokenProviderTests
{
    private const string Token = "ucat_01DQE3AJDEBFEKECFM558TGH2F";

    [Fact]
    public async Task Static_provider_returns_its_token()
    {
        var provider = new StaticAccessTokenProvider(Token);

        Assert.Equal(Token, await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(Token, await new StaticAccessTokenProvider("  " + Token + "\n").GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public void Static_provider_never_shows_the_token()
    {
        var provider = new StaticAccessTokenProvider(Token);

        Assert.Equal("StaticAccessTokenProvider (token: [redacted])", provider.ToString());
        BearerTokenHandlerTests.AssertSecretsHiddenFromDebugger(typeof(StaticAccessTokenProvider), "_token");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ucat_secret value")]
    [InlineData("ucat_secret\r\nX: y")]
    public void Static_provider_rejects_unusable_tokens_without_echoing_them(string token)
    {
        var exception = Assert.Throws<ArgumentException>(() => new StaticAccessTokenProvider(token));

        Assert.Equal("token", exception.ParamName);
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new StaticAccessTokenProvider(null!));
    }

    [Fact]
    public async Task Static_provider_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await new StaticAccessTokenProvider(Token).GetTokenAsync(cts.Token));
    }

    [Fact]
    public async Task Environment_provider_reads_the_variable_at_each_call()
    {
        string variable = NewVariableName();
        try
        {
            var provider = new EnvironmentAccessTokenProvider(variable);
            Environment.SetEnvironmentVariable(variable, Token);
            Assert.Equal(Token, await provider.GetTokenAsync(CancellationToken.None));

            Environment.SetEnvironmentVariable(variable, " ucat_01JFJ0HDR7EHQVZER2KZXBR5NC\n");
            Assert.Equal("ucat_01JFJ0HDR7EHQVZER2KZXBR5NC", await provider.GetTokenAsync(CancellationToken.None));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Environment_provider_names_a_missing_variable()
    {
        string variable = NewVariableName();
        var provider = new EnvironmentAccessTokenProvider(variable);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () => await provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal($"The environment variable '{variable}' is not set or is empty: set it to an API token.", exception.Message);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("ucat_secret with spaces")]
    [InlineData("ucat_sécret")]
    public async Task Environment_provider_names_the_variable_and_never_its_value(string value)
    {
        string variable = NewVariableName();
        try
        {
            Environment.SetEnvironmentVariable(variable, value);
            var provider = new EnvironmentAccessTokenProvider(variable);

            var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () => await provider.GetTokenAsync(CancellationToken.None));

            Assert.Contains($"'{variable}'", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("sécret", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", exception.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Environment_provider_defaults_to_UPCLOUD_TOKEN_and_shows_only_the_name()
    {
        Assert.Equal("UPCLOUD_TOKEN", EnvironmentAccessTokenProvider.UpCloudTokenVariable);
        Assert.Equal("EnvironmentAccessTokenProvider (UPCLOUD_TOKEN)", new EnvironmentAccessTokenProvider().ToString());
    }

    [Fact]
    public void Environment_provider_rejects_bad_variable_names()
    {
        Assert.Throws<ArgumentNullException>(() => new EnvironmentAccessTokenProvider(null!));
        Assert.Throws<ArgumentException>(() => new EnvironmentAccessTokenProvider(""));
        Assert.Throws<ArgumentException>(() => new EnvironmentAccessTokenProvider("A=B"));
    }

    private static string NewVariableName() => "KUMO_TEST_TOKEN_" + Guid.NewGuid().ToString("N").ToUpperInvariant();
}
