using System.Globalization;

namespace Kumo.OpenApi.Analyzers.Constraints;

/// <summary>
/// Durations written as hours, minutes and seconds (<c>24h</c>, <c>1h30m</c>, <c>90s</c>): the Go-style form that
/// UpCloud's <c>expires_in</c> pattern <c>^([0-9]+(h|m|s))+$</c> describes. JSON Schema has no maximum for strings,
/// so a <c>Maximum</c>/<c>Minimum</c> on a string member is read as a duration (<c>8760h</c>) or a number of seconds.
/// </summary>
internal static class DurationText
{
    /// <summary>Parses <c>([0-9]+(h|m|s))+</c> into seconds; false for anything else (including day units such as 7d).</summary>
    public static bool TryParseSeconds(string text, out decimal seconds)
    {
        seconds = 0;
        if (text.Length == 0)
        {
            return false;
        }

        int index = 0;
        while (index < text.Length)
        {
            int digitsStart = index;
            decimal number = 0;
            while (index < text.Length && text[index] >= '0' && text[index] <= '9')
            {
                // 28 digits still fit a decimal; longer numbers are not durations anyone means.
                if (index - digitsStart >= 20)
                {
                    return false;
                }

                number = (number * 10) + (text[index] - '0');
                index++;
            }

            if (index == digitsStart || index == text.Length)
            {
                return false;
            }

            switch (text[index])
            {
                case 'h':
                    seconds += number * 3600;
                    break;
                case 'm':
                    seconds += number * 60;
                    break;
                case 's':
                    seconds += number;
                    break;
                default:
                    return false;
            }

            // Far beyond any API limit: stop before decimal arithmetic could overflow.
            if (seconds > 1e20m)
            {
                return false;
            }

            index++;
        }

        return true;
    }

    /// <summary>A limit from the attribute: a duration (<c>8760h</c>) or plain seconds (<c>31536000</c>).</summary>
    public static bool TryParseLimit(string text, out decimal seconds) =>
        TryParseSeconds(text, out seconds)
        || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds);
}
