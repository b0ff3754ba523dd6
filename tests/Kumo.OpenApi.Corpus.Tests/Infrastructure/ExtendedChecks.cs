namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>
/// Long checks (GitHub's 13 MB description, UpCloud's whole published document) run only when KUMO_EXTENDED=1.
/// VSTest has no project-level default filter, so `dotnet test Generator.sln` would otherwise run them every time:
/// they are [SkippableFact]s that skip themselves instead. .ci/extended-checks sets the variable.
/// </summary>
internal static class ExtendedChecks
{
    public const string Variable = "KUMO_EXTENDED";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public static void SkipUnlessEnabled() =>
        Skip.IfNot(Enabled, $"Extended check: runs only with {Variable}=1 (.ci/extended-checks sets it).");

    public static void SkipUnlessPresent(string path, string howToGetIt) =>
        Skip.IfNot(File.Exists(path), $"{path} is absent: {howToGetIt}");
}
