namespace Kumo.UpCloud.Cli.Validation;

// The ID argument of 'token show' and 'token delete': the token's UUID, as 'token list' shows it.
internal static class TokenIdText
{
    public static bool TryParse(string text, out Guid id, out string error)
    {
        error = string.Empty;
        if (Guid.TryParseExact(text.Trim(), "D", out id))
        {
            return true;
        }

        // The value is never echoed: someone who pasted the secret token instead of its ID must not
        // find it in their terminal scroll-back or CI log a second time.
        error = text.TrimStart().StartsWith("ucat_", StringComparison.OrdinalIgnoreCase)
            ? "The argument looks like an API token itself, not a token ID. Pass the token's ID (a UUID shown by 'token list'), and never put a token on a command line."
            : "The token ID must be a UUID such as 0c511c65-5375-4dd3-8a76-df12ba772110 (see 'token list').";
        return false;
    }
}
