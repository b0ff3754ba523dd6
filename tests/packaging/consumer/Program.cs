// Uses the clients generated from upcloud.json and petstore.json, through the packages only.
//   (no arguments)  run the checks against the emulator: in-process, or the one named by KUMO_EMULATOR_FILE
//   serve FILE      start the emulator and write its address and token to FILE (for the NativeAOT binary)
// Written without nullable annotations so that it compiles with Nullable enabled and disabled.
using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.Packaging.Consumer;
using Kumo.UpCloud;
using Microsoft.Extensions.DependencyInjection;

if (args.Length == 2 && args[0] == "serve")
{
    return await EmulatorEndpoint.ServeAsync(args[1]);
}

await using EmulatorEndpoint emulator = await EmulatorEndpoint.OpenAsync();
Console.WriteLine($"Emulator: {emulator.Description}");

// The generated registration over the runtime's AddApiClient: authentication, resilience, logging.
var services = new ServiceCollection();
services.AddUpCloudClient(options =>
{
    options.BaseAddress = emulator.BaseAddress;
    options.Token = emulator.Token;
});
await using ServiceProvider provider = services.BuildServiceProvider();
IUpCloudClient client = provider.GetRequiredService<IUpCloudClient>();

AccountResponse account = await client.AccountDetailsAsync();
Console.WriteLine($"Account: {account.Account.Username}");

Token created = await client.CreateTokenAsync(new CreateTokenRequest { Name = "kumo-package-check", ExpiresIn = "1h" });
await client.RevokeTokenAsync(created.Id);
Console.WriteLine($"Revoked: {created.Name} ({created.Id})");

try
{
    await client.GetTokenAsync(created.Id);
    Console.WriteLine("Unexpected: the revoked token is still there.");
    return 1;
}
catch (UpCloudNotFoundException ex)
{
    Console.WriteLine($"Revoked token lookup: HTTP {ex.StatusCode} ({ex.GetType().Name})");
}

// The second spec's client is generated into its own namespace beside the first.
Console.WriteLine($"Second client: {typeof(Kumo.Petstore.PetstoreClient).FullName}");

return await SpecChangeCheck.RunAsync(client, created.Id);
