using Xunit.Abstractions;

namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>Runs one document through the generator and the compiler and applies the known-failures list.</summary>
internal static class CorpusCase
{
    public static CorpusVerdict Verify(string key, string fullPath, string clientName, string ns, ITestOutputHelper output)
    {
        string text = File.ReadAllText(fullPath);
        bool isJson = fullPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        IReadOnlyList<string> readerErrors = OpenApiReaderCheck.Errors(text, isJson);
        CorpusRunResult result = CorpusRunner.Run(key, text, clientName, ns);
        CorpusVerdict verdict = CorpusVerdict.Evaluate(result, readerErrors);
        verdict.DumpIfRequested();
        output.WriteLine(verdict.Report());
        return verdict;
    }

    /// <summary>A listed document must still fail (the list only shrinks); any other document must pass.</summary>
    public static void AssertOutcome(string key, CorpusVerdict verdict)
    {
        if (KnownFailures.Contains(key))
        {
            if (verdict.Passed)
            {
                Assert.Fail($"{key} now passes: remove it from known-failures.txt");
            }

            return;
        }

        if (!verdict.Passed)
        {
            Assert.Fail(verdict.Report());
        }
    }
}
