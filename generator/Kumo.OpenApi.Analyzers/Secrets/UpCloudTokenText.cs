namespace Kumo.OpenApi.Analyzers.Secrets;

/// <summary>
/// Recognises UpCloud API tokens in text: <c>ucat_</c> followed by 26 Crockford base32 characters (a ULID;
/// <c>[0-9A-HJKMNP-TV-Z]</c>, any case), standing on its own: not glued to further letters, digits or underscores
/// on either side. Hand-written instead of a regular expression because it runs on every string literal.
/// </summary>
internal static class UpCloudTokenText
{
    public const string Prefix = "ucat_";
    public const int BodyLength = 26;
    public const int TokenLength = 31;

    /// <summary>Whether <paramref name="text"/> contains a token anywhere (for example inside a header value).</summary>
    public static bool ContainsToken(string text)
    {
        if (text.Length < TokenLength)
        {
            return false;
        }

        int start = 0;
        while (true)
        {
            int index = text.IndexOf(Prefix, start, System.StringComparison.OrdinalIgnoreCase);
            if (index < 0 || index > text.Length - TokenLength)
            {
                return false;
            }

            if (IsTokenAt(text, index))
            {
                return true;
            }

            start = index + 1;
        }
    }

    /// <summary>Whether the whole of <paramref name="text"/> is one token, so the literal can be replaced as a whole.</summary>
    public static bool IsExactlyToken(string text) => text.Length == TokenLength && IsTokenAt(text, 0);

    private static bool IsTokenAt(string text, int index)
    {
        if (index > 0 && IsWordCharacter(text[index - 1]))
        {
            return false;
        }

        int bodyStart = index + Prefix.Length;
        for (int i = bodyStart; i < bodyStart + BodyLength; i++)
        {
            if (!IsCrockfordBase32(text[i]))
            {
                return false;
            }
        }

        int end = bodyStart + BodyLength;
        return end == text.Length || !IsWordCharacter(text[end]);
    }

    private static bool IsCrockfordBase32(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return true;
        }

        char upper = c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;
        return upper >= 'A' && upper <= 'Z' && upper != 'I' && upper != 'L' && upper != 'O' && upper != 'U';
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
