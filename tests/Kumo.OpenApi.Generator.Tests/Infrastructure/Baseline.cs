namespace Kumo.OpenApi.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files without Verify: each generated file is compared exactly with Baselines/{name}/{hint}.verified.cs.
/// Set KUMO_UPDATE_BASELINES=1 to accept the current output; a mismatch writes a .received.cs beside the baseline.
/// </summary>
internal static class Baseline
{
    /// <summary>The Baselines folder in the source tree, found from the test binaries (CI builds map source paths to /_/, so caller file paths cannot be used).</summary>
    public static string Directory()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generator.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "Kumo.OpenApi.Generator.Tests", "Baselines");
            }
        }

        throw new InvalidOperationException("Generator.sln was not found above " + AppContext.BaseDirectory);
    }

    public static string Scrub(string text) =>
        text.Replace("\"" + typeof(OpenApiClientGenerator).Assembly.GetName().Version + "\"", "\"%VERSION%\"");

    public static void Verify(string name, IReadOnlyDictionary<string, string> files)
    {
        string folder = Path.Combine(Directory(), name);
        bool update = Environment.GetEnvironmentVariable("KUMO_UPDATE_BASELINES") == "1";
        if (update)
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }

            System.IO.Directory.CreateDirectory(folder);
            foreach ((string hint, string text) in files)
            {
                File.WriteAllText(Path.Combine(folder, BaselineName(hint)), Scrub(text));
            }

            return;
        }

        Assert.True(System.IO.Directory.Exists(folder), $"No baseline for '{name}'. Run the tests with KUMO_UPDATE_BASELINES=1 to create it.");
        string[] expectedNames = System.IO.Directory.GetFiles(folder, "*.verified.cs").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        string[] actualNames = files.Keys.Select(BaselineName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(expectedNames, actualNames);
        List<string> mismatches = new();
        foreach ((string hint, string text) in files)
        {
            string path = Path.Combine(folder, BaselineName(hint));
            string received = Scrub(text);
            if (File.ReadAllText(path) != received)
            {
                File.WriteAllText(Path.ChangeExtension(path, null).Replace(".verified", ".received") + ".cs", received);
                mismatches.Add(BaselineName(hint));
            }
        }

        Assert.True(mismatches.Count == 0, "Generated code differs from the baseline in: " + string.Join(", ", mismatches) + ". Compare the .received.cs files; accept with KUMO_UPDATE_BASELINES=1.");
    }

    private static string BaselineName(string hint) => hint.EndsWith(".g.cs", StringComparison.Ordinal) ? hint[..^".g.cs".Length] + ".verified.cs" : hint + ".verified.cs";
}
