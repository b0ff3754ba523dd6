using Kumo.OpenApi.Corpus.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Kumo.OpenApi.Corpus.Tests;

/// <summary>UpCloud's whole published OpenAPI 3.1 document (487 operations), read from the shared reference folder.</summary>
public sealed class UpCloudOfficialDocumentTests(ITestOutputHelper output)
{
    private const int PublishedOperationCount = 487;

    [SkippableFact]
    [Trait("Category", "Extended")]
    public void WholePublishedDocumentGeneratesAndCompiles()
    {
        ExtendedChecks.SkipUnlessEnabled();
        ExtendedChecks.SkipUnlessPresent(CorpusPaths.UpCloudOfficialDocument,
            "UpCloud's published document is read from ../shared/reference/ beside the repository (it has no licence, so it is never copied in).");

        CorpusVerdict verdict = CorpusCase.Verify(CorpusDocuments.UpCloudOfficialKey, CorpusPaths.UpCloudOfficialDocument, "UpCloudOfficialClient", "Corpus.upcloud_official", output);

        if (KnownFailures.Contains(CorpusDocuments.UpCloudOfficialKey))
        {
            CorpusCase.AssertOutcome(CorpusDocuments.UpCloudOfficialKey, verdict);
            return;
        }

        Assert.True(verdict.Passed, verdict.Report());
        Assert.Empty(verdict.Result.GeneratorErrors.Select(d => d.ToString()));
        Assert.Equal(PublishedOperationCount, verdict.Result.OperationMethodCount);
    }
}
