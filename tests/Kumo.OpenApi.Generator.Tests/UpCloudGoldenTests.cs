using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.OpenApi.Generator.Tests;

public sealed class UpCloudGoldenTests
{
    private static string SpecText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "upcloud.json"));

    [Fact]
    public void GeneratedCodeMatchesBaselines()
    {
        var (result, _, _) = GeneratorHarness.Run("/repo/spec/upcloud.json", SpecText, "UpCloudClient", "Kumo.UpCloud");

        Dictionary<string, string> files = result.Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Baseline.Verify("UpCloud", files);
    }

    [Fact]
    public void UpCloudSpecGeneratesWithoutWarnings()
    {
        var (result, _, compileDiagnostics) = GeneratorHarness.Run("/repo/spec/upcloud.json", SpecText, "UpCloudClient", "Kumo.UpCloud");

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(compileDiagnostics);
        string[] hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Contains("Kumo.UpCloud.UpCloudClient.g.cs", hints);
        Assert.Contains("Kumo.UpCloud.UpCloudClient.Errors.g.cs", hints);
        Assert.Contains("Kumo.UpCloud.UpCloudClient.Models.Token.g.cs", hints);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp10, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp10, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    public void GeneratedCodeCompilesWarningFreeUnderConsumerSettings(LanguageVersion languageVersion, NullableContextOptions nullable)
    {
        var (_, _, compileDiagnostics) = GeneratorHarness.Run("/repo/spec/upcloud.json", SpecText, "UpCloudClient", "Kumo.UpCloud", languageVersion, nullable);

        Assert.Empty(compileDiagnostics);
    }

    [Fact]
    public void ClientExposesOneAsyncMethodPerOperation()
    {
        var (_, output, _) = GeneratorHarness.Run("/repo/spec/upcloud.json", SpecText, "UpCloudClient", "Kumo.UpCloud");

        INamedTypeSymbol client = output.GetTypeByMetadataName("Kumo.UpCloud.UpCloudClient")!;
        string[] methods = client.GetMembers().OfType<IMethodSymbol>().Where(m => m.DeclaredAccessibility == Accessibility.Public && m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).OrderBy(n => n).ToArray();
        Assert.Equal(
            new[] { "AccountDetailsAsync", "CreateSubaccountAsync", "CreateTokenAsync", "DeleteSubaccountAsync", "GetAccountDetailsAsync", "GetTokenAsync", "ListAccountsAsync", "ListTokensAsync", "ModifySubaccountAsync", "RevokeTokenAsync" },
            methods);

        IMethodSymbol createToken = client.GetMembers("CreateTokenAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Threading.Tasks.Task<Kumo.UpCloud.Token>", createToken.ReturnType.ToDisplayString());
        Assert.Equal(new[] { "body", "cancellationToken" }, createToken.Parameters.Select(p => p.Name));

        IMethodSymbol listTokens = client.GetMembers("ListTokensAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal(new[] { "limit", "offset", "gui", "sort", "cancellationToken" }, listTokens.Parameters.Select(p => p.Name));
        Assert.All(listTokens.Parameters, p => Assert.True(p.HasExplicitDefaultValue));

        IMethodSymbol revoke = client.GetMembers("RevokeTokenAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Threading.Tasks.Task", revoke.ReturnType.ToDisplayString());
        Assert.Equal("System.Guid", revoke.Parameters[0].Type.ToDisplayString());

        foreach (string error in new[] { "UpCloudBadRequestException", "UpCloudUnauthorizedException", "UpCloudForbiddenException", "UpCloudNotFoundException", "UpCloudConflictException" })
        {
            INamedTypeSymbol type = output.GetTypeByMetadataName("Kumo.UpCloud." + error)!;
            Assert.Equal("Kumo.UpCloud.UpCloudApiException", type.BaseType!.ToDisplayString());
        }
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var first = GeneratorHarness.Run("/a/upcloud.json", SpecText, "UpCloudClient", "Kumo.UpCloud").Result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
        var second = GeneratorHarness.Run("/b/other/upcloud.json", SpecText, "UpCloudClient", "Kumo.UpCloud").Result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();

        Assert.Equal(first, second);
    }
}
