using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.OpenApi.Generator.Tests;

/// <summary>Small specs of ours that each exercise a family of constructs: golden files, warning-free compilation, expected diagnostics.</summary>
public sealed class CoverageTests
{
    public static TheoryData<string> Specs() => new() { "schemas.yaml", "operations.yaml", "petstore-swagger2.json" };

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", file));

    [Theory]
    [MemberData(nameof(Specs))]
    public void GeneratedCodeMatchesBaselines(string file)
    {
        var (result, _, _) = GeneratorHarness.Run("/repo/specs/" + file, Read(file), ns: "Coverage");

        Baseline.Verify(Path.GetFileNameWithoutExtension(file), result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Theory]
    [InlineData("schemas.yaml", LanguageVersion.CSharp10, NullableContextOptions.Enable)]
    [InlineData("schemas.yaml", LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData("operations.yaml", LanguageVersion.CSharp10, NullableContextOptions.Enable)]
    [InlineData("operations.yaml", LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData("petstore-swagger2.json", LanguageVersion.CSharp10, NullableContextOptions.Enable)]
    public void GeneratedCodeCompilesWarningFree(string file, LanguageVersion languageVersion, NullableContextOptions nullable)
    {
        var (result, _, compileDiagnostics) = GeneratorHarness.Run("/repo/specs/" + file, Read(file), ns: "Coverage", languageVersion: languageVersion, nullable: nullable);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "KUMO008" or "KUMO001" or "KUMO002");
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(30).Select(d => d.ToString() + "  >>  " + d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim())));
    }

    [Fact]
    public void SchemaConstructsMapToTheExpectedTypes()
    {
        var (_, output, _) = GeneratorHarness.Run("/repo/specs/schemas.yaml", Read("schemas.yaml"), ns: "Coverage");
        INamedTypeSymbol everything = output.GetTypeByMetadataName("Coverage.Everything")!;
        string TypeOf(string property) => everything.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes));

        Assert.Equal("Guid", TypeOf("Id"));
        Assert.Equal("string", TypeOf("Name"));
        Assert.Equal("string?", TypeOf("Nickname"));
        Assert.Equal("int", TypeOf("Count"));
        Assert.Equal("long?", TypeOf("Total"));
        Assert.Equal("float?", TypeOf("Ratio"));
        Assert.Equal("double?", TypeOf("Score"));
        Assert.Equal("decimal?", TypeOf("Price"));
        Assert.Equal("DateTimeOffset", TypeOf("CreatedAt"));
        Assert.Equal("DateOnly?", TypeOf("Birthday"));
        Assert.Equal("Uri?", TypeOf("Homepage"));
        Assert.Equal("byte[]?", TypeOf("Avatar"));
        Assert.Equal("Color?", TypeOf("Color"));
        Assert.Equal("EverythingSize?", TypeOf("Size"));
        Assert.Equal("IReadOnlyList<string>?", TypeOf("Tags"));
        Assert.Equal("IReadOnlyList<IReadOnlyList<int>>?", TypeOf("Matrix"));
        Assert.Equal("IReadOnlyDictionary<string, string>?", TypeOf("Labels"));
        Assert.Equal("JsonElement?", TypeOf("Metadata"));
        Assert.Equal("EverythingOwner?", TypeOf("Owner"));
        Assert.Equal("EverythingOwnerAddress", output.GetTypeByMetadataName("Coverage.EverythingOwner")!.GetMembers("Address").OfType<IPropertySymbol>().Single().Type.Name);
        Assert.Equal("string?", TypeOf("Class"));
        Assert.Equal("string?", TypeOf("EverythingValue"));
        Assert.Equal("string?", TypeOf("AdditionalProperties2"));
        Assert.Equal("int?", TypeOf("MaybeNumber"));
        Assert.Contains(everything.GetMembers("Legacy").Single().GetAttributes(), a => a.AttributeClass!.Name == "ObsoleteAttribute");

        INamedTypeSymbol shape = output.GetTypeByMetadataName("Coverage.Shape")!;
        Assert.Equal(new[] { "Circle", "Square", "Unknown" }, shape.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        INamedTypeSymbol pet = output.GetTypeByMetadataName("Coverage.Pet")!;
        Assert.Equal(new[] { "Dog", "Cat", "String", "Unknown" }, pet.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        INamedTypeSymbol dog = output.GetTypeByMetadataName("Coverage.Dog")!;
        Assert.Equal(new[] { "Name", "Barks", "AdditionalProperties" }, dog.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        Assert.Equal("Coverage.Node", ((INamedTypeSymbol)output.GetTypeByMetadataName("Coverage.Partner")!.GetMembers("Node").OfType<IPropertySymbol>().Single().Type).ToDisplayString().TrimEnd('?'));
    }

    [Fact]
    public void OperationConstructsMapToTheExpectedSignatures()
    {
        var (result, output, _) = GeneratorHarness.Run("/repo/specs/operations.yaml", Read("operations.yaml"), ns: "Coverage");
        INamedTypeSymbol client = output.GetTypeByMetadataName("Coverage.OperationsClient")!;
        string Signature(string method) => client.GetMembers(method).OfType<IMethodSymbol>().Single().ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType).WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue).WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes));

        Assert.Equal("OperationsClient.GetPartAsync(long itemId, string partNo, string? xRequestId = null, string? session = null, string? base = null, CancellationToken cancellationToken = default(CancellationToken))", Signature("GetPartAsync"));
        Assert.Equal("base", client.GetMembers("GetPartAsync").OfType<IMethodSymbol>().Single().Parameters[4].Name);
        Assert.Equal("OperationsClient.SearchAsync(int limit, IReadOnlyList<string>? tag = null, IReadOnlyList<int>? ids = null, DateTimeOffset? since = null, SearchOrder? order = null, CancellationToken cancellationToken = default(CancellationToken))", Signature("SearchAsync"));
        Assert.Equal("OperationsClient.LoginAsync(LoginRequest body, CancellationToken cancellationToken = default(CancellationToken))", Signature("LoginAsync"));
        Assert.Equal("OperationsClient.UploadFileAsync(Stream body, CancellationToken cancellationToken = default(CancellationToken))", Signature("UploadFileAsync"));
        Assert.Equal("Task<Stream>", ((IMethodSymbol)client.GetMembers("DownloadFileAsync").Single()).ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        Assert.Equal("Task<string>", ((IMethodSymbol)client.GetMembers("PutNoteAsync").Single()).ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        Assert.Equal("OperationsClient.UploadAvatarAsync(ApiFile file, int size, string? caption = null, UploadAvatarShape? shape = null, IReadOnlyList<ApiFile>? extras = null, IReadOnlyList<string>? tags = null, UploadAvatarCrop? crop = null, CancellationToken cancellationToken = default(CancellationToken))", Signature("UploadAvatarAsync"));
        Assert.Equal("OperationsClient.DeleteAnonymousByIdAsync(string id, CancellationToken cancellationToken = default(CancellationToken))", Signature("DeleteAnonymousByIdAsync"));
        Assert.Equal("OperationsClient.Search2Async(CancellationToken cancellationToken = default(CancellationToken))", Signature("Search2Async"));
        AttributeData obsolete = Assert.Single(client.GetMembers("OldThingAsync").Single().GetAttributes(), a => a.AttributeClass!.Name == "ObsoleteAttribute");
        Assert.Equal("Deprecated by the API since 2024-01-01, to be removed on 2027-01-01. Use getPart instead.", obsolete.ConstructorArguments[0].Value);
        Assert.Equal("\"https://api.example.com/v1\"", client.GetMembers("DefaultBaseAddress").OfType<IFieldSymbol>().Single().ConstantValue is string s ? "\"" + s + "\"" : null);

        Assert.Contains(result.Diagnostics, d => d.Id == "KUMO005" && d.GetMessage().Contains("DeleteAnonymousByIdAsync"));
        Assert.Contains(result.Diagnostics, d => d.Id == "KUMO006" && d.GetMessage().Contains("Search2Async"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KUMO004" && d.GetMessage().Contains("multipart/form-data"));
    }

    [Fact]
    public void ServerVariablesUseTheirDefaults()
    {
        var (_, output, _) = GeneratorHarness.Run("/repo/specs/schemas.yaml", Read("schemas.yaml"), ns: "Coverage");

        Assert.Equal("https://eu.example.com/v2", output.GetTypeByMetadataName("Coverage.SchemasClient")!.GetMembers("DefaultBaseAddress").OfType<IFieldSymbol>().Single().ConstantValue);
    }

    [Fact]
    public void SwaggerTwoIsRead()
    {
        var (result, output, _) = GeneratorHarness.Run("/repo/specs/petstore-swagger2.json", Read("petstore-swagger2.json"), ns: "Coverage");

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        INamedTypeSymbol client = output.GetTypeByMetadataName("Coverage.PetstoreSwagger2Client")!;
        Assert.Equal("https://petstore.example.com/api", client.GetMembers("DefaultBaseAddress").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.NotEmpty(client.GetMembers("AddPetAsync"));
        Assert.NotNull(output.GetTypeByMetadataName("Coverage.PetstoreSwagger2NotFoundException"));
    }
}
