using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// Makes a body fit for a log: secret JSON members and UpCloud tokens are replaced by <c>[redacted]</c> before the
/// text is cut to <see cref="MaxLoggedLength"/> characters, so a cut can never leave half a secret behind.
/// </summary>
internal static partial class BodyRedactor
{
    internal const int MaxLoggedLength = 4096;

    /// <summary>How much of a body is decoded and redacted at most; the rest is only counted.</summary>
    private const int MaxScannedBytes = 64 * 1024;

    internal const string Redacted = "[redacted]";

    public static string Redact(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return "(empty)";
        }

        ReadOnlySpan<byte> scanned = body.Length > MaxScannedBytes ? body[..MaxScannedBytes] : body;
        string text = Encoding.UTF8.GetString(scanned);
        text = RedactText(text);
        if (text.Length > MaxLoggedLength)
        {
            int end = MaxLoggedLength;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            text = text[..end] + "… (" + body.Length.ToString(CultureInfo.InvariantCulture) + " bytes in all)";
        }
        else if (scanned.Length < body.Length)
        {
            text += "… (" + body.Length.ToString(CultureInfo.InvariantCulture) + " bytes in all)";
        }

        return text;
    }

    /// <summary>Redacts secret member values (also when the body was cut inside one) and <c>ucat_</c> tokens anywhere.</summary>
    internal static string RedactText(string text)
    {
        text = SecretMember().Replace(text, static match => match.Groups["name"].Value + ":\"" + Redacted + "\"");
        return UpCloudToken().Replace(text, "ucat_" + Redacted);
    }

    // "token": "…", "password": "…" and similar, the value up to its closing quote or the end of the text.
    [GeneratedRegex("""(?<name>"(?:token|password|secret|api_key|apikey|access_token|refresh_token|client_secret)")\s*:\s*"(?:[^"\\]|\\.)*(?:"|\\?$)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretMember();

    [GeneratedRegex("ucat_[0-9A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex UpCloudToken();
}
