using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Kumo.OpenApi.Analyzers.Constraints;

/// <summary>
/// Compiles each <c>pattern</c> of the API description once per compilation. Patterns are ECMA-262; they are tried
/// with <see cref="RegexOptions.ECMAScript"/> first (ASCII \d and \w, as in JavaScript), then as plain .NET syntax
/// (which has \p{…}); a pattern that compiles in neither is skipped, never reported.
/// </summary>
internal sealed class PatternCache
{
    /// <summary>Every match is bounded: a pathological pattern must not stall the editor.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Regex?> _patterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);
    private readonly Func<string, Regex?> _compile = Compile;

    /// <summary>True or false when the pattern compiled and matched in time; null when no verdict is possible.</summary>
    public bool? IsMatch(string pattern, string value)
    {
        Regex? regex = _patterns.GetOrAdd(pattern, _compile);
        if (regex is null)
        {
            return null;
        }

        try
        {
            // JSON Schema patterns are not anchored implicitly: a match anywhere counts, as with Regex.IsMatch.
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript, s_matchTimeout);
        }
        catch (ArgumentException)
        {
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, s_matchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
