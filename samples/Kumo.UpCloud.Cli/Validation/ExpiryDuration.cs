using System.Globalization;

namespace Kumo.UpCloud.Cli.Validation;

// A token lifetime as written after --expires-in: whole numbers with the units d, h, m and s, in any
// order, e.g. "1h", "24h", "7d", "1h30m", "90m", "30s". The API's expires_in knows only h, m and s,
// so a value with days is sent as expires_at = now + duration instead (what upctl does for every value).
internal sealed record ExpiryDuration(TimeSpan Duration, bool UsesDays, string Text)
{
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(8760);

    private static readonly long MaxSecondsPlusOne = (long)Maximum.TotalSeconds + 1;

    // Nine digits per number keep the sum far from overflow while allowing "31536000s".
    private const int MaxDigitsPerNumber = 9;

    public static bool TryParse(string text, out ExpiryDuration? duration, out string error)
    {
        duration = null;
        error = $"--expires-in must be a duration made of whole numbers with the units d, h, m or s, such as 1h, 24h, 7d or 1h30m; '{text}' is not.";
        if (text.Length == 0)
        {
            return false;
        }

        long totalSeconds = 0;
        bool usesDays = false;
        int index = 0;
        while (index < text.Length)
        {
            int start = index;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
            }

            int digits = index - start;
            if (digits == 0 || digits > MaxDigitsPerNumber || index == text.Length)
            {
                return false;
            }

            long amount = long.Parse(text.AsSpan(start, digits), NumberStyles.None, CultureInfo.InvariantCulture);
            long unitSeconds;
            switch (text[index])
            {
                case 'd':
                    unitSeconds = 86400;
                    usesDays = true;
                    break;
                case 'h':
                    unitSeconds = 3600;
                    break;
                case 'm':
                    unitSeconds = 60;
                    break;
                case 's':
                    unitSeconds = 1;
                    break;
                default:
                    return false;
            }

            index++;
            // "1ms" is a Go duration, but neither the API nor this tool has milliseconds.
            if (index < text.Length && !char.IsAsciiDigit(text[index]))
            {
                return false;
            }

            // Saturate just above the maximum: a long list of parts cannot overflow, and is still "too long".
            totalSeconds = Math.Min(totalSeconds + (amount * unitSeconds), MaxSecondsPlusOne);
        }

        if (totalSeconds == 0)
        {
            error = $"--expires-in must be longer than zero; '{text}' is not.";
            return false;
        }

        TimeSpan value = TimeSpan.FromSeconds(totalSeconds);
        if (value > Maximum)
        {
            error = $"--expires-in '{text}' is longer than the maximum token lifetime of one year (8760h or 365d).";
            return false;
        }

        duration = new ExpiryDuration(value, usesDays, text);
        error = string.Empty;
        return true;
    }
}
