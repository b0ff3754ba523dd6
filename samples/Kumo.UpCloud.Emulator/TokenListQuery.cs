using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Kumo.UpCloud.Emulator;

// GET /1.3/account/tokens?limit&offset&gui&sort (SPEC listTokens): limit 1–100 (20), offset ≥ 0 (0),
// gui true/false filter, sort "+name,-created_at" with descending as the default direction.
internal sealed record TokenListQuery(int Limit, int Offset, bool? Gui, IReadOnlyList<(string Field, bool Descending)> Sort)
{
    private static readonly string[] SortFields = ["created_at", "expires_at", "last_used_at", "name"];

    public static TokenListQuery? Parse(IQueryCollection query, List<(string Name, string Reason)> problems)
    {
        var limit = ReadInteger(query, "limit", 20, 1, 100, problems);
        var offset = ReadInteger(query, "offset", 0, 0, int.MaxValue, problems);
        var gui = ReadGui(query, problems);
        var sort = ReadSort(query, problems);
        return problems.Count > 0 ? null : new TokenListQuery(limit, offset, gui, sort);
    }

    // Without sort the tokens come in creation order, like the recorded list.
    public IEnumerable<TokenRecord> Apply(IEnumerable<TokenRecord> tokens)
    {
        var list = tokens.Where(token => Gui is null || token.Gui == Gui).ToList();
        list.Sort(Compare);
        return list.Skip(Offset).Take(Limit);
    }

    private int Compare(TokenRecord left, TokenRecord right)
    {
        foreach (var (field, descending) in Sort)
        {
            var order = field switch
            {
                "name" => string.CompareOrdinal(left.Name, right.Name),
                "expires_at" => left.ExpiresAt.CompareTo(right.ExpiresAt),
                // Never-used tokens sort before used ones in ascending order.
                "last_used_at" => Nullable.Compare(left.LastUsedAt, right.LastUsedAt),
                _ => left.CreatedAt.CompareTo(right.CreatedAt),
            };
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        var created = left.CreatedAt.CompareTo(right.CreatedAt);
        return created != 0 ? created : left.Sequence.CompareTo(right.Sequence);
    }

    private static string? Single(IQueryCollection query, string name, List<(string, string)> problems)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            problems.Add((name, "The parameter may be given only once."));
            return null;
        }

        return values.Count == 0 ? null : values[0];
    }

    private static int ReadInteger(IQueryCollection query, string name, int fallback, int minimum, int maximum, List<(string, string)> problems)
    {
        var text = Single(query, name, problems);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue ? $"at least {minimum}" : $"between {minimum} and {maximum}";
            problems.Add((name, $"Must be an integer {range}."));
            return fallback;
        }

        return value;
    }

    private static bool? ReadGui(IQueryCollection query, List<(string, string)> problems)
    {
        var text = Single(query, "gui", problems);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var gui))
        {
            return gui;
        }

        problems.Add(("gui", "Must be true or false."));
        return null;
    }

    private static List<(string, bool)> ReadSort(IQueryCollection query, List<(string, string)> problems)
    {
        var sort = new List<(string, bool)>();
        var text = Single(query, "sort", problems);
        if (string.IsNullOrEmpty(text))
        {
            return sort;
        }

        foreach (var item in text.Split(','))
        {
            // An unencoded "+" in a query string decodes to a space, so a leading space means ascending too.
            var ascending = item.StartsWith('+') || item.StartsWith(' ');
            var descending = item.StartsWith('-');
            var field = ascending || descending ? item[1..] : item;
            if (!SortFields.Contains(field, StringComparer.Ordinal))
            {
                problems.Add(("sort", $"Unsupported sort field '{field}'. Supported fields: {string.Join(", ", SortFields)}."));
                continue;
            }

            sort.Add((field, !ascending));
        }

        return sort;
    }
}
