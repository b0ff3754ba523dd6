using System.Globalization;
using System.Text.Json;

namespace Kumo.UpCloud.Cli.Output;

// How 'account show' prints the account: user name, credits and the resource limits the API sent.
internal static class AccountText
{
    // The JSON names of the limits, in the API's order, read without reflection.
    private static readonly (string Name, Func<ResourceLimits, long?> Read)[] Limits =
    [
        ("cores", limits => limits.Cores),
        ("memory", limits => limits.Memory),
        ("networks", limits => limits.Networks),
        ("network_peerings", limits => limits.NetworkPeerings),
        ("network_gateways", limits => limits.NetworkGateways),
        ("network_gateways_essentials", limits => limits.NetworkGatewaysEssentials),
        ("public_ipv4", limits => limits.PublicIpv4),
        ("public_ipv6", limits => limits.PublicIpv6),
        ("detached_floating_ips", limits => limits.DetachedFloatingIps),
        ("detached_interfaces", limits => limits.DetachedInterfaces),
        ("routers", limits => limits.Routers),
        ("storage_hdd", limits => limits.StorageHdd),
        ("storage_ssd", limits => limits.StorageSsd),
        ("storage_maxiops", limits => limits.StorageMaxiops),
        ("storage_standard", limits => limits.StorageStandard),
        ("storage_total", limits => limits.StorageTotal),
        ("file_storages", limits => limits.FileStorages),
        ("gpus", limits => limits.Gpus),
        ("load_balancers", limits => limits.LoadBalancers),
        ("load_balancers_essentials", limits => limits.LoadBalancersEssentials),
        ("managed_databases", limits => limits.ManagedDatabases),
        ("managed_kubernetes", limits => limits.ManagedKubernetes),
        ("managed_object_storages", limits => limits.ManagedObjectStorages),
        ("managed_container_registries", limits => limits.ManagedContainerRegistries),
        ("ntp_excess_gib", limits => limits.NtpExcessGib),
        ("tags", limits => limits.Tags),
        ("cloud_server_dev_1xcpu_1gb_plans", limits => limits.CloudServerDev1xcpu1gbPlans),
        ("cloud_server_dev_1xcpu_1gb_10gb_plans", limits => limits.CloudServerDev1xcpu1gb10gbPlans),
    ];

    public static void WriteDetails(TextWriter output, Account account)
    {
        new KeyValueList()
            .Add("Username", TerminalText.Clean(account.Username))
            .Add("Credits", account.Credits is { } credits ? credits.ToString("0.####", CultureInfo.InvariantCulture) : "-")
            .WriteTo(output);

        output.WriteLine();
        output.WriteLine("Resource limits:");
        var limits = new KeyValueList();
        int shown = 0;
        foreach ((string name, long value) in PresentLimits(account))
        {
            limits.Add(name, value.ToString(CultureInfo.InvariantCulture));
            shown++;
        }

        if (shown == 0)
        {
            output.WriteLine("  (none reported)");
        }
        else
        {
            limits.WriteTo(output, "  ");
        }
    }

    public static void WriteJson(Utf8JsonWriter writer, Account account)
    {
        writer.WriteStartObject();
        writer.WriteString("username", account.Username);
        if (account.Credits is { } credits)
        {
            writer.WriteNumber("credits", credits);
        }
        else
        {
            writer.WriteNull("credits");
        }

        writer.WriteStartObject("resource_limits");
        foreach ((string name, long value) in PresentLimits(account))
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // Limits the API sent as null (or left out) are not limits this account has: they are skipped.
    private static IEnumerable<(string Name, long Value)> PresentLimits(Account account)
    {
        if (account.ResourceLimits is not { } limits)
        {
            yield break;
        }

        foreach ((string name, Func<ResourceLimits, long?> read) in Limits)
        {
            if (read(limits) is { } value)
            {
                yield return (name, value);
            }
        }
    }
}
