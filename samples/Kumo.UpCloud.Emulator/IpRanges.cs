using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Emulator;

// One entry of allowed_ip_ranges / ip_filters: a single address, a CIDR block or a dash range
// ("1.2.3.4", "0.0.0.0/0", "2001:db8::1-2001:db8::ff"), held as an inclusive numeric interval.
internal readonly partial record struct IpRange(bool IsIPv6, UInt128 First, UInt128 Last)
{
    public static readonly IReadOnlyList<string> AllowEverywhere = ["0.0.0.0/0", "::/0"];

    public static bool TryParse(string text, out IpRange range)
    {
        range = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return TryParseCidr(text[..slash], text[(slash + 1)..], out range);
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            if (!TryParseAddress(text[..dash], out var firstV6, out var first) ||
                !TryParseAddress(text[(dash + 1)..], out var lastV6, out var last) ||
                firstV6 != lastV6 || first > last)
            {
                return false;
            }

            range = new IpRange(firstV6, first, last);
            return true;
        }

        if (!TryParseAddress(text, out var isV6, out var single))
        {
            return false;
        }

        range = new IpRange(isV6, single, single);
        return true;
    }

    public static bool AnyContains(IEnumerable<string> ranges, IPAddress? client)
    {
        if (client is null)
        {
            return false;
        }

        // Kestrel may report an IPv4 client as ::ffff:127.0.0.1; treat it as the IPv4 address it is.
        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        var isV6 = client.AddressFamily == AddressFamily.InterNetworkV6;
        var value = ToNumber(client);
        foreach (var text in ranges)
        {
            if (TryParse(text, out var range) && range.IsIPv6 == isV6 && value >= range.First && value <= range.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseCidr(string addressText, string prefixText, out IpRange range)
    {
        range = default;
        if (!TryParseAddress(addressText, out var isV6, out var address) ||
            prefixText.Length is 0 or > 3 || !prefixText.All(char.IsAsciiDigit))
        {
            return false;
        }

        var bits = isV6 ? 128 : 32;
        var prefix = int.Parse(prefixText, System.Globalization.CultureInfo.InvariantCulture);
        if (prefix > bits)
        {
            return false;
        }

        // Host bits may be set ("1.2.3.4/24"), as Go's net.ParseCIDR allows: the block is what counts.
        var hostBits = bits - prefix;
        var hostMask = hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
        range = new IpRange(isV6, address & ~hostMask, (address & ~hostMask) | hostMask);
        return true;
    }

    private static bool TryParseAddress(string text, out bool isV6, out UInt128 value)
    {
        isV6 = false;
        value = 0;
        // IPAddress.TryParse also takes shorthand such as "1", "1.2.3" or "010.1.1.1" and scope ids: be strict.
        var looksV4 = StrictIPv4().IsMatch(text);
        var looksV6 = text.Contains(':', StringComparison.Ordinal) && !text.Contains('%', StringComparison.Ordinal);
        if ((!looksV4 && !looksV6) || !IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        isV6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        value = ToNumber(address);
        return true;
    }

    private static UInt128 ToNumber(IPAddress address)
    {
        UInt128 value = 0;
        foreach (var b in address.GetAddressBytes())
        {
            value = (value << 8) | b;
        }

        return value;
    }

    [GeneratedRegex(@"^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StrictIPv4();
}
