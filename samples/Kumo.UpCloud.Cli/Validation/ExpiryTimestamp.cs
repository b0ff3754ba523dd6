using System.Globalization;
using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Cli.Validation;

// --expires-at: an RFC 3339 timestamp with an explicit offset, e.g. 2025-12-01T00:00:00Z.
internal static partial class ExpiryTimestamp
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        // DateTimeOffset.TryParse alone also takes dates without a time and times without an offset
        // (read as local time), which would make the expiry depend on the machine's time zone.
        if (!Rfc3339().IsMatch(text))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
