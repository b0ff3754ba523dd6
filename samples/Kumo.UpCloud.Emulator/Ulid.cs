using System.Security.Cryptography;

namespace Kumo.UpCloud.Emulator;

// UpCloud API tokens are "ucat_" + a ULID minted at creation; problem correlation ids are ULIDs too.
internal static class Ulid
{
    private const string CrockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(TimeProvider time) => New(time.GetUtcNow());

    public static string New(DateTimeOffset timestamp)
    {
        // 48-bit millisecond timestamp followed by 80 random bits.
        var milliseconds = (ulong)timestamp.ToUnixTimeMilliseconds() & 0xFFFF_FFFF_FFFFUL;
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);

        UInt128 value = milliseconds;
        foreach (var b in random)
        {
            value = (value << 8) | b;
        }

        // 26 characters x 5 bits = 130 bits: the two leading bits are always zero.
        Span<char> chars = stackalloc char[26];
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = CrockfordAlphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }

    // Every real token id seen starts with "0c" (UpCloud prefixes UUIDs per resource type).
    public static string NewTokenId() => "0c" + Guid.NewGuid().ToString("D")[2..];
}
