using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Kumo.UpCloud.Cli.Validation;

// One --allow-ip-range value, in the forms the API documents for allowed_ip_ranges: a single address
// ("1.2.3.4", "2001:db8::1"), a CIDR block ("2.3.4.0/24", "::/0") or a dash range
// ("10.0.0.1-10.0.0.9", "2001:db8::1-2001:db8::ff"). Checked here so that a typo fails before any request.
internal static class IpRangeText
{
    // On success, canonical is the value with each address in its standard text form, so that
    // "2001:DB8::1" and "2001:db8:0::1" are recognised as the same range.
    public static bool TryNormalize(string text, out string canonical)
    {
        canonical = string.Empty;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryParseAddress(text[..slash], out IPAddress? network) || !TryParsePrefix(text[(slash + 1)..], network, out int prefix))
            {
                return false;
            }

            canonical = network.ToString() + "/" + prefix.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        int dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            if (!TryParseAddress(text[..dash], out IPAddress? first)
                || !TryParseAddress(text[(dash + 1)..], out IPAddress? last)
                || first.AddressFamily != last.AddressFamily
                || ToNumber(first) > ToNumber(last))
            {
                return false;
            }

            canonical = first + "-" + last;
            return true;
        }

        if (!TryParseAddress(text, out IPAddress? single))
        {
            return false;
        }

        canonical = single.ToString();
        return true;
    }

    private static bool TryParseAddress(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            // Only hex digits, colons and the dots of an embedded IPv4 tail: no zone ids ("%eth0"),
            // brackets or ports, which IPAddress.TryParse would otherwise accept.
            foreach (char c in text)
            {
                if (!char.IsAsciiHexDigit(c) && c is not (':' or '.'))
                {
                    return false;
                }
            }

            return IPAddress.TryParse(text, out address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        return TryParseDottedQuad(text, out address);
    }

    // Exactly four decimal parts of 0-255 without leading zeros. IPAddress.TryParse also takes "1",
    // "1.2.3", octal "010.0.0.1" and hex "0x7f.0.0.1", which no one means in an IP allow list.
    private static bool TryParseDottedQuad(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        string[] parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++)
        {
            if (!TryParseSmallDecimal(parts[i], 255, out int value))
            {
                return false;
            }

            bytes[i] = (byte)value;
        }

        address = new IPAddress(bytes);
        return true;
    }

    private static bool TryParsePrefix(string text, IPAddress network, out int prefix)
    {
        int maximum = network.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        return TryParseSmallDecimal(text, maximum, out prefix);
    }

    private static bool TryParseSmallDecimal(string text, int maximum, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value <= maximum;
    }

    private static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out int written);
        return written == 4
            ? BinaryPrimitives.ReadUInt32BigEndian(bytes)
            : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
