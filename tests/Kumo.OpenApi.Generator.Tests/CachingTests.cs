using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.OpenApi.Generator.Tests;

public sealed class CachingTests
{
    private static string SpecText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "upcloud.json"));

    private static readonly string[] s_trackedSteps = { TrackingNames.ReadSpec, TrackingNames.NameSpecs, TrackingNames.BuildModel, TrackingNames.ClientModel, TrackingNames.ClientShell, TrackingNames.ClientFile, TrackingNames.ModelFile };

    [Fact]
    public void UnrelatedCSharpEditLeavesEveryStepCached()
    {
        InMemoryAdditionalText spec = new("/repo/spec/upcloud.json", SpecText);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal sealed class Unrelated { } }"));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in s_trackedSteps)
        {
            Assert.True(second.TrackedSteps.ContainsKey(step), "Missing tracked step " + step);
            foreach (IncrementalGeneratorRunStep run in second.TrackedSteps[step])
            {
                Assert.All(run.Outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + output.Reason));
            }
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void SpecEditRegenerates()
    {
        InMemoryAdditionalText spec = new("/repo/spec/upcloud.json", SpecText);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        InMemoryAdditionalText edited = new("/repo/spec/upcloud.json", SpecText.Replace("\"operationId\": \"revokeToken\"", "\"operationId\": \"deleteToken\""));
        driver = driver.ReplaceAdditionalText(spec, edited);
        GeneratorDriverRunResult result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, result.Results.Single().TrackedSteps[TrackingNames.BuildModel].Single().Outputs.Single().Reason);
        string client = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("Client.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("DeleteTokenAsync", client);
        Assert.DoesNotContain("RevokeTokenAsync", client);
    }

    [Fact]
    public void OperationEditLeavesUntouchedTypesUnchanged()
    {
        InMemoryAdditionalText spec = new("/repo/spec/upcloud.json", SpecText);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        InMemoryAdditionalText edited = new("/repo/spec/upcloud.json", SpecText.Replace("\"operationId\": \"revokeToken\"", "\"operationId\": \"deleteToken\""));
        GeneratorRunResult result = driver.ReplaceAdditionalText(spec, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        IncrementalStepRunReason[] typeReasons = result.TrackedSteps[TrackingNames.ModelFile].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.NotEmpty(typeReasons);
        Assert.All(typeReasons, reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
    }

    [Fact]
    public void ModelHoldsNoRoslynObjects()
    {
        Type[] modelTypes = typeof(OpenApiClientGenerator).Assembly.GetTypes().Where(t => t.Namespace == "Kumo.OpenApi.Generator.Model").ToArray();
        Assert.NotEmpty(modelTypes);
        foreach (Type type in modelTypes)
        {
            foreach (System.Reflection.FieldInfo field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
            {
                Assert.False(typeof(ISymbol).IsAssignableFrom(field.FieldType) || typeof(Compilation).IsAssignableFrom(field.FieldType) || typeof(SyntaxNode).IsAssignableFrom(field.FieldType) || field.FieldType == typeof(Location),
                    type.Name + "." + field.Name + " holds a Roslyn object");
            }
        }
    }
}
