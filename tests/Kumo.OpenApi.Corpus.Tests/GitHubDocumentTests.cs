using System.Globalization;
using Kumo.OpenApi.Corpus.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Kumo.OpenApi.Corpus.Tests;

/// <summary>GitHub's REST description (OpenAPI 3.0.3, 13 MB) from npm @octokit/openapi, fetched by .ci/fetch-github-spec.</summary>
public sealed class GitHubDocumentTests(ITestOutputHelper output)
{
    [SkippableFact]
    [Trait("Category", "Extended")]
    public void GitHubRestDescriptionGeneratesAndCompiles()
    {
        ExtendedChecks.SkipUnlessEnabled();
        ExtendedChecks.SkipUnlessPresent(CorpusPaths.GitHubDocument, "run .ci/fetch-github-spec to download it from npm (@octokit/openapi).");

        CorpusVerdict verdict = CorpusCase.Verify(CorpusDocuments.GitHubKey, CorpusPaths.GitHubDocument, "GitHubClient", "Corpus.github", output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GitHub: {verdict.Result.GeneratedLines} generated lines in {verdict.Result.Sources.Length} files; generation {verdict.Result.GenerationTime.TotalSeconds:0.0} s, compilation {verdict.Result.CompileTime.TotalSeconds:0.0} s"));

        CorpusCase.AssertOutcome(CorpusDocuments.GitHubKey, verdict);
    }
}
