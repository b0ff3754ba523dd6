using System.Globalization;

namespace Kumo.UpCloud.Cli.Output;

// Timestamps are always shown in UTC: the API's own zone, and the same on every machine.
internal static class TimestampText
{
    // Whole seconds for people: the API's microseconds are noise there.
    public static string Human(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd' 'HH':'mm':'ss' UTC'", CultureInfo.InvariantCulture);

    // RFC 3339 with the full precision the API sent; trailing zero fractions are dropped.
    public static string Json(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
