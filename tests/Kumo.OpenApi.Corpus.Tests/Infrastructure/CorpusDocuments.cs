namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>The documents under tests/corpus, as '/'-separated paths relative to it, in a stable order.</summary>
internal static class CorpusDocuments
{
    /// <summary>Keys of the extended documents, which live outside tests/corpus but may be listed in known-failures.txt.</summary>
    public const string UpCloudOfficialKey = "extended/upcloud-openapi-official.json";

    public const string GitHubKey = "extended/github/api.github.com.json";

    public static IReadOnlyList<string> ExtendedKeys { get; } = new[] { UpCloudOfficialKey, GitHubKey };

    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(CorpusPaths.CorpusDirectory, "*", SearchOption.AllDirectories)
            .Where(IsDocument)
            .Select(p => Path.GetRelativePath(CorpusPaths.CorpusDirectory, p).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>Documents over this size are checked only with the extended checks: compiling their output takes seconds each.</summary>
    public const long LargeDocumentBytes = 64 * 1024;

    public static bool IsLarge(string relativePath) => new FileInfo(CorpusPaths.FullPath(relativePath)).Length > LargeDocumentBytes;

    private static bool IsDocument(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".yaml" or ".yml";
}
