using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.OpenApi.Generator.Tests;

/// <summary>Problems in a spec are diagnostics at their line in the spec file; nothing crashes and nothing is dropped silently.</summary>
public sealed class DiagnosticsTests
{
    private static Diagnostic Single(GeneratorDriverRunResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    [Fact]
    public void InvalidJsonIsReportedAtTheParserPosition()
    {
        string spec = "{\n  \"openapi\": \"3.1.0\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": { ,\n}\n";

        var (result, _, _) = GeneratorHarness.Run("/repo/broken.json", spec);

        Diagnostic diagnostic = Single(result, "KUMO001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/repo/broken.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(4, Line(diagnostic));
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void InvalidYamlIsReportedAtTheParserPosition()
    {
        string spec = "openapi: 3.0.0\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: [unclosed\n";

        var (result, _, _) = GeneratorHarness.Run("/repo/broken.yaml", spec);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id is "KUMO001" or "KUMO002");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.InRange(Line(diagnostic), 6, 7);
    }

    [Fact]
    public void UnresolvedReferenceIsLocatedAndFallsBack()
    {
        string spec = """
            {
              "openapi": "3.1.0",
              "info": { "title": "x", "version": "1" },
              "paths": { "/thing": { "get": { "operationId": "getThing", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } } },
              "components": {
                "schemas": {
                  "Thing": {
                    "type": "object",
                    "properties": {
                      "id": { "type": "string" },
                      "missing": { "$ref": "#/components/schemas/Nope" }
                    }
                  }
                }
              }
            }
            """;

        var (result, output, compile) = GeneratorHarness.Run("/repo/refs.json", spec, ns: "Refs");

        Diagnostic diagnostic = Single(result, "KUMO003");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(11, Line(diagnostic));
        Assert.Contains("#/components/schemas/Nope", diagnostic.GetMessage());
        Assert.Empty(compile);
        Assert.Equal("System.Text.Json.JsonElement?", output.GetTypeByMetadataName("Refs.Thing")!.GetMembers("Missing").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public void MissingAndDuplicateOperationIdsAreLocated()
    {
        string spec = """
            openapi: 3.0.0
            info:
              title: x
              version: '1'
            paths:
              /a:
                get:
                  responses:
                    '204':
                      description: ok
              /b:
                get:
                  operationId: getA
                  responses:
                    '204':
                      description: ok
              /c:
                get:
                  operationId: getA
                  responses:
                    '204':
                      description: ok
            """;

        var (result, output, compile) = GeneratorHarness.Run("/repo/ops.yaml", spec, ns: "Ops");

        Diagnostic missing = Single(result, "KUMO005");
        Assert.Equal(DiagnosticSeverity.Info, missing.Severity);
        Assert.Equal(7, Line(missing));
        Assert.Contains("GetA3Async", missing.GetMessage());
        Diagnostic duplicate = Single(result, "KUMO006");
        Assert.Equal(18, Line(duplicate));
        Assert.Contains("GetA2Async", duplicate.GetMessage());
        Assert.Empty(compile);
        INamedTypeSymbol client = output.GetTypeByMetadataName("Ops.OpsClient")!;
        Assert.NotEmpty(client.GetMembers("GetAAsync"));
        Assert.NotEmpty(client.GetMembers("GetA2Async"));
        Assert.NotEmpty(client.GetMembers("GetA3Async"));
    }

    [Fact]
    public void DocumentThatIsNotOpenApiReportsTheReaderError()
    {
        var (result, _, _) = GeneratorHarness.Run("/repo/bad.json", "{ \"openapi\": \"3.1.0\", \"info\": 5, \"paths\": [] }");

        Assert.Contains(result.Diagnostics, d => d.Id is "KUMO002" or "KUMO009");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KUMO008");
    }

    [Fact]
    public void OtherJsonFilesAreIgnoredSilently()
    {
        var (result, _, _) = GeneratorHarness.Run("/repo/appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void SpecsWithTheSameFileNameInDifferentFoldersDoNotCollide()
    {
        string spec = "{ \"openapi\": \"3.1.0\", \"info\": { \"title\": \"x\", \"version\": \"1\" }, \"paths\": { \"/a\": { \"get\": { \"operationId\": \"getA\", \"responses\": { \"200\": { \"description\": \"ok\", \"content\": { \"application/json\": { \"schema\": { \"type\": \"object\", \"properties\": { \"id\": { \"type\": \"string\" } } } } } } } } } } }";
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/repo/billing/openapi.json", spec), new InMemoryAdditionalText("/repo/shipping/openapi.json", spec) });

        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.BillingOpenapi.BillingOpenapiClient"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ShippingOpenapi.ShippingOpenapiClient"));
    }

    [Fact]
    public void TwoSpecsConfiguredAsTheSameClientReportKumo010()
    {
        string spec = "{ \"openapi\": \"3.1.0\", \"info\": { \"title\": \"x\", \"version\": \"1\" }, \"paths\": {} }";
        Dictionary<string, IReadOnlyDictionary<string, string>> options = new()
        {
            ["/repo/a/one.json"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ClientName"] = "Api", ["build_metadata.AdditionalFiles.Namespace"] = "Same" },
            ["/repo/b/two.json"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ClientName"] = "Api", ["build_metadata.AdditionalFiles.Namespace"] = "Same" },
        };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/repo/a/one.json", spec), new InMemoryAdditionalText("/repo/b/two.json", spec) }, options);

        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Diagnostic duplicate = Assert.Single(result.Diagnostics, d => d.Id == "KUMO010");
        Assert.Equal("/repo/b/two.json", duplicate.Location.GetLineSpan().Path);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void DanglingParameterBodyAndResponseReferencesAreLocated()
    {
        string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "x", "version": "1" },
              "paths": {
                "/thing": {
                  "get": {
                    "operationId": "getThing",
                    "parameters": [ { "$ref": "#/components/parameters/Nope" } ],
                    "requestBody": { "$ref": "#/components/requestBodies/Nope" },
                    "responses": { "200": { "$ref": "#/components/responses/Nope" } }
                  }
                }
              }
            }
            """;

        var (result, _, compile) = GeneratorHarness.Run("/repo/dangling.json", spec, ns: "Dangling");

        Assert.Empty(compile);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KUMO008");
        foreach ((string target, int line) in new[] { ("parameters/Nope", 8), ("requestBodies/Nope", 9), ("responses/Nope", 10) })
        {
            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.GetMessage().Contains("#/components/" + target, StringComparison.Ordinal));
            Assert.Equal("KUMO003", diagnostic.Id);
            Assert.Equal(line, Line(diagnostic));
        }
    }

    [Fact]
    public void ValidationLeavesDanglingReferencesToTheMappers()
    {
        string[] names = Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet().Rules.Select(r => r.Name).ToArray();
        string[] used = Kumo.OpenApi.Generator.Parsing.SpecParser.ValidationRules.Rules.Select(r => r.Name).ToArray();

        Assert.Contains("OpenApiDocumentReferencesAreValid", names);
        Assert.DoesNotContain("OpenApiDocumentReferencesAreValid", used);
        Assert.Equal(names.Length - 1, used.Length);
    }
}
