using System.Net;

namespace Kumo.UpCloud.Tests.Emulator;

public sealed class EmulatorAccountTests
{
    [Fact]
    public async Task Get_account_returns_username_credits_and_numeric_resource_limits()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account", session.Seeded);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(Expect.LegacyJson, reply.ContentType);
        Expect.Json(
            """
            {"account":{"username":"kumo_main","credits":9972.2324,
             "resource_limits":{"managed_databases":5,"network_peerings":20,"file_storages":10,"managed_kubernetes":5,"tags":200,"cores":64,
               "cloud_server_dev_1xcpu_1gb_10gb_plans":0,"cloud_server_dev_1xcpu_1gb_plans":0,"storage_hdd":10240,"networks":100,
               "network_gateways_essentials":20,"network_gateways":20,"storage_ssd":20480,"load_balancers_essentials":20,"load_balancers":20,
               "gpus":8,"detached_interfaces":100,"detached_floating_ips":50,"managed_object_storages":50,"memory":524288,"ntp_excess_gib":100,
               "public_ipv4":64,"public_ipv6":64,"routers":20,"storage_maxiops":10240,"storage_standard":20480,"storage_total":40960}}}
            """,
            reply.Json);
    }

    [Fact]
    public async Task Credits_come_from_the_options()
    {
        await using var session = await EmulatorSession.StartAsync(options => options.Credits = 125);

        var reply = await session.GetAsync("1.3/account", session.MainBasic);

        Assert.Equal(125, (double)reply.Json["account"]!["credits"]!);
    }

    [Fact]
    public async Task Main_account_details_describe_the_main_account()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account/details/kumo_main", session.Seeded);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var account = reply.Json["account"]!;
        Assert.Equal("main", (string?)account["type"]);
        Assert.Equal("kumo_main", (string?)account["username"]);
        Assert.Equal("kumo_main", (string?)account["main_account"]);
        Assert.Equal("yes", (string?)account["allow_api"]);
        Assert.Equal(27, account.AsObject().Count);
    }

    [Fact]
    public async Task Account_list_of_a_fresh_emulator_holds_only_the_main_account()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account/list", session.Seeded);

        Assert.Equal(Expect.LegacyJson, reply.ContentType);
        Expect.Json(
            """{"accounts":{"account":[{"type":"main","username":"kumo_main","roles":{"role":["billing","aux_billing","technical"]},"labels":[]}]}}""",
            reply.Json);
    }

    [Fact]
    public async Task Unknown_user_details_answer_404_user_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.GetAsync("1.3/account/details/ghost_user", session.Seeded);

        Expect.LegacyError(reply, HttpStatusCode.NotFound, "USER_NOT_FOUND", "The user ghost_user does not exist.");
    }
}
