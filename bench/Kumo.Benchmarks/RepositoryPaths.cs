using System;
using System.IO;

namespace Kumo.Benchmarks;

/// <summary>
/// Finds the repository's files from wherever the benchmark runs: the project's bin folder, or the folder below it where
/// BenchmarkDotNet builds its out-of-process host. Nothing is copied into bin/, so a 13 MB spec is read in place.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new Lazy<string>(FindRoot);

    public static string Root => s_root.Value;

    public static string UpCloudSpec => Path.Combine(Root, "spec", "upcloud.json");

    /// <summary>Downloaded by .ci/fetch-github-spec; never by a benchmark.</summary>
    public static string GitHubSpec => Path.Combine(Root, "artifacts", "corpus", "github", "api.github.com.json");

    public static string Recording(string fileName) => Path.Combine(Root, "tests", "fixtures", "upcloud-go-api", fileName);

    private static string FindRoot()
    {
        string? configured = Environment.GetEnvironmentVariable("KUMO_REPO_ROOT");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (the folder holding Generator.sln) above " + AppContext.BaseDirectory + "; set KUMO_REPO_ROOT.");
    }
}
