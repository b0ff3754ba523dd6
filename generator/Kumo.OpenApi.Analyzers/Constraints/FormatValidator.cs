using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Kumo.OpenApi.Analyzers.Constraints;

/// <summary>
/// The OpenAPI / JSON Schema formats the analyzers can check without guessing: <c>date-time</c> and <c>date</c>
/// (RFC 3339), <c>uuid</c>, <c>ipv4</c>, <c>ipv6</c>, <c>cidr</c> and <c>ip-range</c> (a single address, a CIDR range
/// or a dash range <c>start-end</c>, as UpCloud's allowed_ip_ranges accept). Other formats are not judged.
/// </summary>
internal static class FormatValidator
{
    public static bool IsKnown(string format) => format switch
    {
        "date-time" or "date" or "uuid" or "ipv4" or "ipv6" or "cidr" or "ip-range" => true,
        _ => false,
    };

    /// <summary>Null when <paramref name="value"/> is valid for <paramref name="format"/> (or the format is unknown), else why not.</summary>
    public static string? Check(string format, string value) => format switch
    {
        "date-time" => IsDateTime(value) ? null : "is not an RFC 3339 date-time such as 2025-12-01T00:00:00Z",
        "date" => IsFullDate(value, 0) && value.Length == 10 ? null : "is not an RFC 3339 date such as 2025-12-01",
        "uuid" => Guid.TryParseExact(value, "D", out _) ? null : "is not a UUID such as 0c511c65-5375-4dd3-8a76-df12ba772110",
        "ipv4" => TryParseIPv4(value, out _) ? null : "is not an IPv4 address",
        "ipv6" => TryParseIPv6(value, out _) ? null : "is not an IPv6 address",
        "cidr" => value.IndexOf('/') >= 0 ? CheckCidr(value) : "is not a CIDR range such as 10.0.0.0/8",
        "ip-range" => CheckIpRange(value),
        _ => null,
    };

    private static string? CheckIpRange(string value)
    {
        if (value.IndexOf('/') >= 0)
        {
            return CheckCidr(value);
        }

        int dash = value.IndexOf('-');
        if (dash >= 0)
        {
            string startText = value.Substring(0, dash);
            string endText = value.Substring(dash + 1);
            if (!TryParseAddress(startText, out IPAddress? start) || !TryParseAddress(endText, out IPAddress? end))
            {
                return "is not a valid range: both ends of start-end must be IP addresses";
            }

            if (start.AddressFamily != end.AddressFamily)
            {
                return "is not a valid range: both ends must be IPv4 or both IPv6";
            }

            return Compare(start.GetAddressBytes(), end.GetAddressBytes()) > 0
                ? "is not a valid range: the start address is after the end address"
                : null;
        }

        return TryParseAddress(value, out _)
            ? null
            : "is not an IP address, a CIDR range (10.0.0.0/8) or a dash range (10.0.0.1-10.0.0.9)";
    }

    private static string? CheckCidr(string value)
    {
        int slash = value.LastIndexOf('/');
        string addressText = value.Substring(0, slash);
        string prefixText = value.Substring(slash + 1);
        if (!TryParseAddress(addressText, out IPAddress? address))
        {
            return "is not a valid CIDR range: '" + addressText + "' is not an IP address";
        }

        int maximum = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (!IsDecimal(prefixText, 3) || int.Parse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture) > maximum)
        {
            return "is not a valid CIDR range: the prefix length must be 0–" + maximum.ToString(CultureInfo.InvariantCulture)
                + (maximum == 32 ? " for IPv4" : " for IPv6");
        }

        return null;
    }

    private static bool TryParseAddress(string text, out IPAddress address) =>
        TryParseIPv4(text, out address) || TryParseIPv6(text, out address);

    /// <summary>Dotted quad only: IPAddress.TryParse also takes "1" or "1.2" (inet_aton forms) that APIs reject.</summary>
    private static bool TryParseIPv4(string text, out IPAddress address)
    {
        address = null!;
        string[] parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++)
        {
            string part = parts[i];
            if (!IsDecimal(part, 3) || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            int octet = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            if (octet > 255)
            {
                return false;
            }

            bytes[i] = (byte)octet;
        }

        address = new IPAddress(bytes);
        return true;
    }

    /// <summary>Plain IPv6 text: no zone (%eth0), no brackets, no port.</summary>
    private static bool TryParseIPv6(string text, out IPAddress address)
    {
        address = null!;
        if (text.IndexOf(':') < 0 || text.IndexOf('%') >= 0 || text.IndexOf('[') >= 0)
        {
            return false;
        }

        if (!IPAddress.TryParse(text, out IPAddress? parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        address = parsed;
        return true;
    }

    private static bool IsDecimal(string text, int maxDigits)
    {
        if (text.Length == 0 || text.Length > maxDigits)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(byte[] left, byte[] right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            int difference = left[i].CompareTo(right[i]);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    /// <summary>RFC 3339 date-time: full-date "T" HH:MM:SS[.frac] (Z | ±HH:MM), T and Z in either case.</summary>
    private static bool IsDateTime(string value)
    {
        if (value.Length < 20 || !IsFullDate(value, 0) || (value[10] != 'T' && value[10] != 't'))
        {
            return false;
        }

        if (!TwoDigits(value, 11, 23) || value[13] != ':' || !TwoDigits(value, 14, 59) || value[16] != ':' || !TwoDigits(value, 17, 60))
        {
            return false;
        }

        int index = 19;
        if (value[index] == '.')
        {
            index++;
            int digitsStart = index;
            while (index < value.Length && value[index] >= '0' && value[index] <= '9')
            {
                index++;
            }

            if (index == digitsStart)
            {
                return false;
            }
        }

        if (index == value.Length - 1)
        {
            return value[index] == 'Z' || value[index] == 'z';
        }

        return index == value.Length - 6
            && (value[index] == '+' || value[index] == '-')
            && TwoDigits(value, index + 1, 23)
            && value[index + 3] == ':'
            && TwoDigits(value, index + 4, 59);
    }

    /// <summary>YYYY-MM-DD at <paramref name="start"/>, with a day that exists in that month.</summary>
    private static bool IsFullDate(string value, int start)
    {
        if (value.Length < start + 10 || value[start + 4] != '-' || value[start + 7] != '-')
        {
            return false;
        }

        if (!IsDecimal(value.Substring(start, 4), 4) || !TwoDigits(value, start + 5, 12) || !TwoDigits(value, start + 8, 31))
        {
            return false;
        }

        int year = int.Parse(value.Substring(start, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        int month = int.Parse(value.Substring(start + 5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int day = int.Parse(value.Substring(start + 8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return year >= 1 && month >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TwoDigits(string value, int index, int maximum)
    {
        if (index + 2 > value.Length)
        {
            return false;
        }

        char tens = value[index];
        char ones = value[index + 1];
        if (tens < '0' || tens > '9' || ones < '0' || ones > '9')
        {
            return false;
        }

        return ((tens - '0') * 10) + (ones - '0') <= maximum;
    }
}
