using System.Text;

namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>Client name and namespace for a corpus document: the namespace is unique per path, so documents never collide.</summary>
internal static class CorpusNames
{
    /// <summary>"oas-examples/3.0/json/petstore-expanded.json" → "PetstoreExpandedClient".</summary>
    public static string ClientName(string relativePath)
    {
        string file = Path.GetFileNameWithoutExtension(relativePath);
        StringBuilder name = new();
        foreach (string word in file.Split(NonAlphanumeric(file), StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, "Api");
        }

        return name.Append("Client").ToString();
    }

    /// <summary>
    /// "oas-examples/3.0/json/petstore-expanded.json" → "Corpus.oas_examples._3_0.json.petstore_expanded_json".
    /// Lower-case segments keep the namespace from ever matching a generated (PascalCase) type name.
    /// </summary>
    public static string Namespace(string relativePath) =>
        "Corpus." + string.Join(".", relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Segment));

    private static string Segment(string segment)
    {
        StringBuilder identifier = new(segment.Length + 1);
        foreach (char c in segment)
        {
            identifier.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        if (char.IsDigit(identifier[0]))
        {
            identifier.Insert(0, '_');
        }

        return identifier.ToString();
    }

    private static char[] NonAlphanumeric(string text) => text.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray();
}
