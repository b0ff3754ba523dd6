namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>
/// known-failures.txt: corpus documents the generator does not handle yet, one relative path per line, "# first error" after it.
/// The corpus theory expects these to fail and fails when one passes, so the list only ever shrinks.
/// </summary>
internal static class KnownFailures
{
    private static readonly Lazy<IReadOnlyList<string>> s_entries = new(Load);

    public static IReadOnlyList<string> Entries => s_entries.Value;

    public static bool Contains(string relativePath) => Entries.Contains(relativePath, StringComparer.Ordinal);

    private static IReadOnlyList<string> Load()
    {
        if (!File.Exists(CorpusPaths.KnownFailuresFile))
        {
            return Array.Empty<string>();
        }

        List<string> entries = new();
        foreach (string line in File.ReadAllLines(CorpusPaths.KnownFailuresFile))
        {
            int comment = line.IndexOf('#', StringComparison.Ordinal);
            string path = (comment >= 0 ? line[..comment] : line).Trim();
            if (path.Length > 0)
            {
                entries.Add(path);
            }
        }

        return entries;
    }
}
