using System.Globalization;
using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Emulator;

// expires_in is a Go-style duration restricted to the units h, m and s (SPEC: "1h30m", "24h", "15m").
// There is no day unit: "7d" is rejected, as is Go's "ms"/"us"/"ns".
internal static partial class Durations
{
    public static readonly TimeSpan MaximumTokenLifetime = TimeSpan.FromHours(8760);

    public static bool TryParse(string text, out TimeSpan duration, out string reason)
    {
        duration = TimeSpan.Zero;
        reason = "Invalid duration. Use a sequence of numbers with the units h, m or s, e.g. 1h30m.";
        if (text.Length == 0 || text.Length > 64 || !Whole().IsMatch(text))
        {
            return false;
        }

        decimal seconds = 0;
        foreach (Match part in Part().Matches(text))
        {
            if (!decimal.TryParse(part.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unit = part.Groups[2].Value switch { "h" => 3600m, "m" => 60m, _ => 1m };
            try
            {
                seconds += amount * unit;
            }
            catch (OverflowException)
            {
                reason = "Duration is too long. The maximum is 8760h.";
                return false;
            }
        }

        if (seconds <= 0)
        {
            reason = "Duration must be positive.";
            return false;
        }

        if (seconds > (decimal)MaximumTokenLifetime.TotalSeconds)
        {
            reason = "Duration is too long. The maximum is 8760h.";
            return false;
        }

        duration = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    [GeneratedRegex(@"^(\d+(\.\d+)?[hms])+$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)([hms])", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
