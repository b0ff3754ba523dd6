using Kumo.OpenApi.Runtime.Authentication;
using Kumo.UpCloud.Emulator;

namespace Kumo.UpCloud.Tests.EndToEnd;

/// <summary>The generated client against the emulator over real loopback HTTP, with the runtime's bearer handler.</summary>
public sealed class GeneratedClientTests : IAsyncLifetime
{
    private UpCloudEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await UpCloudEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private HttpClient Http(string token) =>
        new(new BearerTokenHandler(new StaticAccessTokenProvider(token), _emulator.BaseAddress) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = _emulator.BaseAddress,
        };

    [Fact]
    public async Task AccountDetailsReturnsTheAuthenticatedAccount()
    {
        using HttpClient http = Http(_emulator.SeededToken);

        AccountResponse response = await new UpCloudClient(http).AccountDetailsAsync();

        Assert.Equal("kumo_main", response.Account.Username);
        Assert.Equal(9972.2324, response.Account.Credits);
        Assert.Equal(64, response.Account.ResourceLimits.Cores);
    }

    [Fact]
    public async Task TokenLifecycleCreateListGetRevoke()
    {
        using HttpClient http = Http(_emulator.SeededToken);
        UpCloudClient client = new(http);

        Token created = await client.CreateTokenAsync(new CreateTokenRequest { Name = "e2e", ExpiresIn = "1h30m", AllowedIpRanges = ["127.0.0.0/8", "::1"], CanCreateTokens = false });

        Assert.Equal("e2e", created.Name);
        Assert.StartsWith("ucat_", created.TokenValue);
        Assert.Equal(31, created.TokenValue!.Length);
        Assert.Equal(TokenType.Workspace, created.Type);
        Assert.InRange(created.ExpiresAt - created.CreatedAt, TimeSpan.FromMinutes(89), TimeSpan.FromMinutes(91));
        Assert.Equal(new[] { "127.0.0.0/8", "::1" }, created.AllowedIpRanges);

        IReadOnlyList<Token> listed = await client.ListTokensAsync(limit: 100);
        Token inList = Assert.Single(listed, t => t.Id == created.Id);
        Assert.Null(inList.TokenValue);

        Token fetched = await client.GetTokenAsync(created.Id);
        Assert.Equal(created.ExpiresAt, fetched.ExpiresAt);
        Assert.False(fetched.CanCreateTokens);

        using (HttpClient asNewToken = Http(created.TokenValue))
        {
            AccountResponse account = await new UpCloudClient(asNewToken).AccountDetailsAsync();
            Assert.Equal("kumo_main", account.Account.Username);
        }

        Assert.NotNull((await client.GetTokenAsync(created.Id)).LastUsedAt);

        await client.RevokeTokenAsync(created.Id);

        UpCloudNotFoundException missing = await Assert.ThrowsAsync<UpCloudNotFoundException>(() => client.GetTokenAsync(created.Id));
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal("NOT_FOUND", missing.ErrorCode);
        Assert.NotNull(missing.CorrelationId);

        using HttpClient revoked = Http(created.TokenValue);
        UpCloudUnauthorizedException denied = await Assert.ThrowsAsync<UpCloudUnauthorizedException>(() => new UpCloudClient(revoked).AccountDetailsAsync());
        Assert.Equal("AUTHENTICATION_FAILED", denied.ErrorCode);
    }

    [Fact]
    public async Task UnknownTokenGetsTheTypedAuthenticationError()
    {
        using HttpClient http = Http("ucat_" + new string('0', 26));

        UpCloudUnauthorizedException error = await Assert.ThrowsAsync<UpCloudUnauthorizedException>(() => new UpCloudClient(http).AccountDetailsAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("AUTHENTICATION_FAILED", error.ErrorCode);
        Assert.Equal("Authentication failed using the given username and password.", error.Title);
        Assert.Contains("AUTHENTICATION_FAILED", error.RawBody);
        Assert.DoesNotContain("ucat_", error.Message);
    }

    [Fact]
    public async Task MissingCredentialsGetAuthenticationRequired()
    {
        using HttpClient http = new() { BaseAddress = _emulator.BaseAddress };

        UpCloudUnauthorizedException error = await Assert.ThrowsAsync<UpCloudUnauthorizedException>(() => new UpCloudClient(http).ListTokensAsync());

        Assert.Equal("AUTHENTICATION_REQUIRED", error.ErrorCode);
    }

    [Fact]
    public async Task InvalidTokenRequestGetsBadRequestWithInvalidParams()
    {
        using HttpClient http = Http(_emulator.SeededToken);
        CreateTokenRequest request = new() { Name = "bad", ExpiresIn = "7d", AllowedIpRanges = ["2.3.4.0/242"] };

        UpCloudBadRequestException error = await Assert.ThrowsAsync<UpCloudBadRequestException>(() => new UpCloudClient(http).CreateTokenAsync(request));

        Assert.Equal("BAD_REQUEST", error.ErrorCode);
        Assert.Contains(error.InvalidParams, p => p.Name == "expires_in");
        Assert.Contains(error.InvalidParams, p => p.Name.StartsWith("allowed_ip_ranges", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubaccountLifecycleUsesTheRightWrappers()
    {
        using HttpClient http = Http(_emulator.SeededToken);
        UpCloudClient client = new(http);

        await client.CreateSubaccountAsync(new CreateSubaccountRequest
        {
            SubAccount = new SubaccountCreate
            {
                Username = "kumo_sub_e2e",
                Password = "Sup3rSecret-Passw0rd",
                Email = "sub@example.com",
                Phone = "+358.31245434",
                Language = "en",
                Timezone = "UTC",
                Currency = "EUR",
                AllowApi = YesNo.Yes,
                AllowGui = YesNo.No,
                Roles = new AccountRoles { Role = ["technical"] },
            },
        });

        AccountDetailsResponse details = await client.GetAccountDetailsAsync("kumo_sub_e2e");
        Assert.Equal("kumo_sub_e2e", details.Account.Username);
        Assert.Equal(AccountType.Sub, details.Account.Type);
        Assert.Equal(YesNo.Yes, details.Account.AllowApi);

        await client.ModifySubaccountAsync("kumo_sub_e2e", new ModifySubaccountRequest { Account = new SubaccountModify { City = "Helsinki", AllowGui = YesNo.Yes } });
        AccountDetailsResponse modified = await client.GetAccountDetailsAsync("kumo_sub_e2e");
        Assert.Equal("Helsinki", modified.Account.City);
        Assert.Equal(YesNo.Yes, modified.Account.AllowGui);

        AccountListResponse list = await client.ListAccountsAsync();
        Assert.Contains(list.Accounts.Account, a => a.Username == "kumo_sub_e2e" && a.Type == AccountType.Sub);
        Assert.Contains(list.Accounts.Account, a => a.Username == "kumo_main" && a.Type == AccountType.Main);

        await client.DeleteSubaccountAsync("kumo_sub_e2e");
        UpCloudNotFoundException gone = await Assert.ThrowsAsync<UpCloudNotFoundException>(() => client.GetAccountDetailsAsync("kumo_sub_e2e"));
        Assert.Equal("USER_NOT_FOUND", gone.ErrorCode);
    }
}
