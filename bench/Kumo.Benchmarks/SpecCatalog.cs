using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Kumo.Benchmarks;

/// <summary>One OpenAPI document the generator benchmarks run on, with the client name and namespace it is generated into.</summary>
internal sealed record SpecCase(string Name, string Path, string ClientName, string Namespace)
{
    public string ReadText() => File.ReadAllText(Path);
}

/// <summary>The documents: UpCloud's (in the repository) and GitHub's REST description (downloaded by .ci/fetch-github-spec, if it was run).</summary>
internal static class SpecCatalog
{
    public const string UpCloud = "UpCloud";
    public const string GitHub = "GitHub";

    private static readonly Regex s_firstOperationId = new Regex("(\"operationId\"\\s*:\\s*\")([^\"]+)(\")", RegexOptions.CultureInvariant);
    private static bool s_reportedMissingGitHub;

    public static SpecCase Get(string name) => name switch
    {
        UpCloud => new SpecCase(UpCloud, RepositoryPaths.UpCloudSpec, "UpCloudClient", "Kumo.UpCloud"),
        GitHub => new SpecCase(GitHub, RepositoryPaths.GitHubSpec, "GitHubClient", "Kumo.GitHub"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown spec."),
    };

    /// <summary>Names the documents to run, comma-separated (e.g. <c>UpCloud</c>: the smoke run leaves GitHub's out).</summary>
    public const string OnlyVariable = "KUMO_BENCH_SPECS";

    /// <summary>The documents present on this machine. A benchmark never downloads: a missing GitHub document is reported and skipped.</summary>
    public static IEnumerable<string> Available()
    {
        string? only = Environment.GetEnvironmentVariable(OnlyVariable);
        bool Wanted(string name) => string.IsNullOrWhiteSpace(only)
            || Array.Exists(only.Split(','), item => string.Equals(item.Trim(), name, StringComparison.OrdinalIgnoreCase));

        if (Wanted(UpCloud))
        {
            yield return UpCloud;
        }

        if (!Wanted(GitHub))
        {
            yield break;
        }

        if (File.Exists(RepositoryPaths.GitHubSpec))
        {
            yield return GitHub;
        }
        else if (!s_reportedMissingGitHub)
        {
            s_reportedMissingGitHub = true;
            Console.WriteLine($"// SKIPPED the GitHub cases: {RepositoryPaths.GitHubSpec} is absent. Run .ci/fetch-github-spec (npm) to add them.");
        }
    }

    /// <summary>
    /// The document with its first operationId renamed: the smallest edit that changes the generated client (one
    /// method name) and nothing else.
    /// </summary>
    public static string RenameFirstOperation(string text, out string oldId, out string newId)
    {
        Match match = s_firstOperationId.Match(text);
        if (!match.Success)
        {
            throw new InvalidOperationException("The document has no operationId to rename.");
        }

        oldId = match.Groups[2].Value;
        newId = oldId + "Renamed";
        return string.Concat(text.AsSpan(0, match.Groups[2].Index), newId, text.AsSpan(match.Groups[2].Index + match.Groups[2].Length));
    }
}
