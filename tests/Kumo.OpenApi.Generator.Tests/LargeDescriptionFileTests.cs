using System.Text;
using Kumo.OpenApi.Generator.Emitting;
using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.OpenApi.Generator.Tests;

/// <summary>
/// A large description's models and operations are grouped into one file per initial letter (few outputs, so an
/// unrelated edit stays cheap), and an edit to one schema or operation re-emits only its letter's file.
/// </summary>
public sealed class LargeDescriptionFileTests
{
    private const int SchemaCount = OutputFiles.MaxSingleTypeFiles + 36;

    /// <summary>Schemas named A0, B1, … Z25, A26, … plus one whose name starts with a digit, each used by one operation.</summary>
    private static string LargeSpec(string extraMember = "", string renamedOperation = "")
    {
        StringBuilder paths = new StringBuilder();
        StringBuilder schemas = new StringBuilder();
        for (int i = 0; i < SchemaCount; i++)
        {
            string name = i == 0 ? "9Lives" : (char)('A' + (i % 26)) + "Thing" + i;
            string member = i == 1 ? extraMember : string.Empty;
            paths.Append(i == 0 ? "" : ",").Append($$"""
                "/things/{{i}}": { "get": { "operationId": "{{(i == 1 && renamedOperation.Length > 0 ? renamedOperation : OperationId(i))}}", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/{{name}}" } } } } } } }
                """);
            schemas.Append(i == 0 ? "" : ",").Append($$"""
                "{{name}}": { "type": "object", "properties": { "id": { "type": "string" }{{member}} } }
                """);
        }

        return $$"""{ "openapi": "3.1.0", "info": { "title": "Large", "version": "1" }, "paths": { {{paths}} }, "components": { "schemas": { {{schemas}} } } }""";
    }

    private static string OperationId(int i) => (char)('a' + (i % 26)) + "thing" + i;

    [Fact]
    public void LargeDescriptionsGroupModelsByInitialLetterAndCompile()
    {
        var (result, output, compile) = GeneratorHarness.Run("/repo/large.json", LargeSpec(), ns: "Large");

        Assert.Empty(compile);
        string[] modelFiles = result.Results.Single().GeneratedSources.Select(s => s.HintName).Where(h => h.Contains(".Models.", StringComparison.Ordinal)).ToArray();
        Assert.Equal(27, modelFiles.Length);
        Assert.Contains("Large.LargeClient.Models.A.g.cs", modelFiles);
        Assert.Contains("Large.LargeClient.Models._.g.cs", modelFiles);
        Assert.NotNull(output.GetTypeByMetadataName("Large.BThing1"));
        Assert.NotNull(output.GetTypeByMetadataName("Large._9Lives"));
    }

    [Fact]
    public void EditingOneSchemaReemitsOnlyItsLettersFile()
    {
        InMemoryAdditionalText spec = new("/repo/large.json", LargeSpec());
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        InMemoryAdditionalText edited = new("/repo/large.json", LargeSpec(extraMember: """, "note": { "type": "string" }"""));
        GeneratorRunResult result = driver.ReplaceAdditionalText(spec, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        IncrementalStepRunReason[] reasons = result.TrackedSteps[TrackingNames.ModelFile].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(27, reasons.Length);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(26, reasons.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Contains("public string? Note", result.GeneratedSources.Single(s => s.HintName.EndsWith("Client.Models.B.g.cs", StringComparison.Ordinal)).SourceText.ToString());
    }

    [Fact]
    public void LargeClientsSplitIntoACoreAndOperationFilesThatCompile()
    {
        var (result, output, compile) = GeneratorHarness.Run("/repo/large.json", LargeSpec(), ns: "Large");

        Assert.Empty(compile);
        string[] hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Contains("Large.LargeClient.g.cs", hints);
        Assert.Equal(26, hints.Count(h => h.Contains(".Operations.", StringComparison.Ordinal)));
        INamedTypeSymbol client = output.GetTypeByMetadataName("Large.LargeClient")!;
        Assert.Equal(SchemaCount, client.GetMembers().OfType<IMethodSymbol>().Count(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.DeclaredAccessibility == Accessibility.Public));
        Assert.Equal(SchemaCount, output.GetTypeByMetadataName("Large.ILargeClient")!.GetMembers().OfType<IMethodSymbol>().Count());
    }

    [Fact]
    public void EditingOneOperationReemitsOnlyItsLettersClientFile()
    {
        InMemoryAdditionalText spec = new("/repo/large.json", LargeSpec());
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        InMemoryAdditionalText edited = new("/repo/large.json", LargeSpec(renamedOperation: "bthingRenamed"));
        GeneratorRunResult result = driver.ReplaceAdditionalText(spec, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        IncrementalStepRunReason[] clientFiles = result.TrackedSteps[TrackingNames.ClientFile].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(27, clientFiles.Length);
        Assert.Equal(1, clientFiles.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(26, clientFiles.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(result.TrackedSteps[TrackingNames.ClientShell].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.ModelFile].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Contains("BthingRenamedAsync", result.GeneratedSources.Single(s => s.HintName.EndsWith("Client.Operations.B.g.cs", StringComparison.Ordinal)).SourceText.ToString());
    }
}
