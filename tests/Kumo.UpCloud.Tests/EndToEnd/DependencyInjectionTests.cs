using Kumo.UpCloud.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kumo.UpCloud.Tests.EndToEnd;

/// <summary>The generated <c>AddUpCloudClient</c> registration, resolved from a real container and used over loopback.</summary>
public sealed class DependencyInjectionTests : IAsyncLifetime
{
    private UpCloudEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await UpCloudEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task GeneratedRegistrationWithOptionsInCode()
    {
        ServiceCollection services = new();
        services.AddUpCloudClient(options =>
        {
            options.BaseAddress = _emulator.BaseAddress;
            options.Token = _emulator.SeededToken;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        IUpCloudClient client = provider.GetRequiredService<IUpCloudClient>();
        AccountResponse account = await client.AccountDetailsAsync();

        Assert.IsType<UpCloudClient>(client);
        Assert.Equal("kumo_main", account.Account.Username);
    }

    [Fact]
    public async Task GeneratedRegistrationFromConfiguration()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["UpCloud:BaseAddress"] = _emulator.BaseAddress.ToString(),
                ["UpCloud:Token"] = _emulator.SeededToken,
            })
            .Build();
        ServiceCollection services = new();
        services.AddUpCloudClient(configuration.GetSection("UpCloud"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        IReadOnlyList<Token> tokens = await provider.GetRequiredService<IUpCloudClient>().ListTokensAsync();

        Assert.Contains(tokens, t => t.Name == "kumo-emulator-seeded-token");
    }
}
