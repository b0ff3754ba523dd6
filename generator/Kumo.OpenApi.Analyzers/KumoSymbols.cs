using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Analyzers;

/// <summary>
/// The runtime and framework types the analyzers look for, resolved once per compilation (in a compilation-start
/// action). A compilation that does not reference Kumo.OpenApi.Runtime has none of them, and the analyzers that need
/// them register nothing for it.
/// </summary>
internal sealed class KumoSymbols
{
    public const string GeneratorName = "Kumo.OpenApi.Generator";

    private KumoSymbols(Compilation compilation, INamedTypeSymbol apiMember)
    {
        ApiMemberAttribute = apiMember;
        ApiExactlyOneOfAttribute = compilation.GetTypeByMetadataName("Kumo.OpenApi.Runtime.ApiExactlyOneOfAttribute");
        DiscouragedAuthenticationAttribute = compilation.GetTypeByMetadataName("Kumo.OpenApi.Runtime.DiscouragedAuthenticationAttribute");
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        DelegatingHandler = compilation.GetTypeByMetadataName("System.Net.Http.DelegatingHandler");
        GeneratedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
    }

    /// <summary>[ApiMember(name, …)] on generated properties and parameters; its presence means the runtime is referenced.</summary>
    public INamedTypeSymbol ApiMemberAttribute { get; }

    /// <summary>[ApiExactlyOneOf(names)] on generated request models.</summary>
    public INamedTypeSymbol? ApiExactlyOneOfAttribute { get; }

    /// <summary>[DiscouragedAuthentication(scheme, recommendation)] on members that configure such a scheme.</summary>
    public INamedTypeSymbol? DiscouragedAuthenticationAttribute { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? DelegatingHandler { get; }

    public INamedTypeSymbol? GeneratedCodeAttribute { get; }

    public INamedTypeSymbol? Uri { get; }

    /// <summary>The runtime assembly: credential handlers are the DelegatingHandlers it defines.</summary>
    public IAssemblySymbol RuntimeAssembly => ApiMemberAttribute.ContainingAssembly;

    /// <summary>Resolves the symbols, or returns null when Kumo.OpenApi.Runtime is not referenced.</summary>
    public static KumoSymbols? TryCreate(Compilation compilation)
    {
        INamedTypeSymbol? apiMember = compilation.GetTypeByMetadataName("Kumo.OpenApi.Runtime.ApiMemberAttribute");
        return apiMember is null ? null : new KumoSymbols(compilation, apiMember);
    }
}
