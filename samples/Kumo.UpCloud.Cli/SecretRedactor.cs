using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Cli;

// Usage messages repeat what was typed. Should someone paste an API token into the wrong place,
// the echo must not print it a second time (terminal scroll-back, CI logs).
internal static partial class SecretRedactor
{
    public static string Redact(string text) => UpCloudToken().Replace(text, "ucat_[redacted]");

    [GeneratedRegex(@"ucat_[0-9A-Za-z]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpCloudToken();
}
