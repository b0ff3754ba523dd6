using System.Text;

namespace Kumo.UpCloud.Cli.Output;

// Text that came from the API (token names, error messages) is printed to a terminal: control
// characters are replaced so that a crafted name cannot move the cursor or rewrite earlier lines.
internal static class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!HasControlCharacter(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.ToString();
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
