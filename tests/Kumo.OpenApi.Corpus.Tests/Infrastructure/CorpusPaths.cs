namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>Where the corpus documents live. They are read from the source tree, not copied next to the test assembly.</summary>
internal static class CorpusPaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>tests/corpus: the vendored documents; test data names documents relative to this folder.</summary>
    public static string CorpusDirectory => Path.Combine(RepositoryRoot, "tests", "corpus");

    public static string KnownFailuresFile => Path.Combine(RepositoryRoot, "tests", "Kumo.OpenApi.Corpus.Tests", "known-failures.txt");

    /// <summary>UpCloud's published document has no licence: it is read from the shared folder beside the clone, never copied in.</summary>
    public static string UpCloudOfficialDocument => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference", "upcloud-openapi-official.json"));

    /// <summary>Downloaded by .ci/fetch-github-spec into the git-ignored artifacts folder.</summary>
    public static string GitHubDocument => Path.Combine(RepositoryRoot, "artifacts", "corpus", "github", "api.github.com.json");

    public static string FullPath(string corpusRelativePath) => Path.Combine(CorpusDirectory, corpusRelativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRepositoryRoot()
    {
        // The test assembly runs from tests/Kumo.OpenApi.Corpus.Tests/bin/<configuration>/<tfm>/: the root is the first parent with the solution.
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory + ": the corpus tests must run from a build inside the repository.");
    }
}
