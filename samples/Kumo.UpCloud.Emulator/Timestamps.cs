using System.Globalization;
using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Emulator;

// The API writes RFC 3339 UTC timestamps with microsecond precision (e.g. 2025-02-06T15:33:07.534408Z).
internal static partial class Timestamps
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'", CultureInfo.InvariantCulture);

    // Stored values are cut to microseconds so that what is compared is exactly what is shown.
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    public static DateTimeOffset Now(TimeProvider time) => TruncateToMicroseconds(time.GetUtcNow());

    public static bool TryParseRfc3339(string text, out DateTimeOffset value)
    {
        value = default;
        // DateTimeOffset.TryParse alone accepts many non-RFC 3339 shapes (dates without time, local times).
        if (!Rfc3339().IsMatch(text))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
