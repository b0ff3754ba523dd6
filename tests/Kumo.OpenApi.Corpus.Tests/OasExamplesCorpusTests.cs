using Kumo.OpenApi.Corpus.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Kumo.OpenApi.Corpus.Tests;

/// <summary>
/// Every vendored @readme/oas-examples document (Swagger 2.0, OpenAPI 3.0 and 3.1, JSON and YAML) generates without a
/// generator crash and compiles with zero errors. Documents in known-failures.txt are expected to fail until fixed.
/// </summary>
public sealed class OasExamplesCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents() => ToTheoryData(CorpusDocuments.All().Where(d => !CorpusDocuments.IsLarge(d)));

    public static TheoryData<string> LargeDocuments() => ToTheoryData(CorpusDocuments.All().Where(CorpusDocuments.IsLarge));

    [Theory]
    [MemberData(nameof(Documents))]
    public void DocumentGeneratesAndCompiles(string document) => Check(document);

    /// <summary>The few documents over 64 KB generate 15,000–80,000 lines each and take most of the corpus time: extended only.</summary>
    [SkippableTheory]
    [Trait("Category", "Extended")]
    [MemberData(nameof(LargeDocuments))]
    public void LargeDocumentGeneratesAndCompiles(string document)
    {
        ExtendedChecks.SkipUnlessEnabled();

        Check(document);
    }

    [Fact]
    public void CorpusCoversEveryVersionInBothFormats()
    {
        IReadOnlyList<string> documents = CorpusDocuments.All();

        foreach (string folder in new[] { "2.0/json/", "2.0/yaml/", "3.0/json/", "3.0/yaml/", "3.1/json/", "3.1/yaml/" })
        {
            Assert.Contains(documents, d => d.StartsWith("oas-examples/" + folder, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void KnownFailuresNameExistingDocumentsOnce()
    {
        IReadOnlyList<string> entries = KnownFailures.Entries;
        HashSet<string> documents = new(CorpusDocuments.All(), StringComparer.Ordinal);
        documents.UnionWith(CorpusDocuments.ExtendedKeys);

        string[] unknown = entries.Where(e => !documents.Contains(e)).ToArray();
        Assert.True(unknown.Length == 0, "known-failures.txt names documents that are not in the corpus: " + string.Join(", ", unknown));
        Assert.Equal(entries.Count, entries.Distinct(StringComparer.Ordinal).Count());
    }

    private void Check(string document)
    {
        CorpusVerdict verdict = CorpusCase.Verify(document, CorpusPaths.FullPath(document), CorpusNames.ClientName(document), CorpusNames.Namespace(document), output);

        CorpusCase.AssertOutcome(document, verdict);
    }

    private static TheoryData<string> ToTheoryData(IEnumerable<string> documents)
    {
        TheoryData<string> data = new();
        foreach (string document in documents)
        {
            data.Add(document);
        }

        return data;
    }
}
