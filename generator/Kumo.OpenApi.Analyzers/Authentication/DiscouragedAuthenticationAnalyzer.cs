using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.Analyzers.Authentication;

/// <summary>
/// KUMO102: code that constructs or calls anything marked <c>[DiscouragedAuthentication(scheme, recommendation)]</c>
/// (today <c>new BasicAuthenticationHandler(…)</c>), directly or as a generic type argument such as
/// <c>AddHttpMessageHandler&lt;BasicAuthenticationHandler&gt;()</c>. Its own ID lets teams tune it apart from CS0618.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscouragedAuthenticationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DiscouragedAuthentication);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? attribute = KumoSymbols.TryCreate(start.Compilation)?.DiscouragedAuthenticationAttribute;
            if (attribute is null)
            {
                return;
            }

            Lookup lookup = new Lookup(attribute);
            start.RegisterOperationAction(
                operation =>
                {
                    IObjectCreationOperation creation = (IObjectCreationOperation)operation.Operation;
                    if (creation.Constructor is { } constructor)
                    {
                        // A marked class means "creating one configures the scheme".
                        lookup.Report(operation, constructor, constructor.ContainingType);
                    }
                },
                OperationKind.ObjectCreation);
            start.RegisterOperationAction(
                operation =>
                {
                    // Calling a method of an existing handler (ToString, Dispose) configures nothing: only the method's own mark counts.
                    IMethodSymbol method = ((IInvocationOperation)operation.Operation).TargetMethod;
                    lookup.Report(operation, method, containingType: null);
                },
                OperationKind.Invocation);
        });
    }

    /// <summary>Per-compilation cache from symbol to its [DiscouragedAuthentication] (or none).</summary>
    private sealed class Lookup
    {
        private static readonly Discouraged s_none = new Discouraged(string.Empty, string.Empty);

        private readonly INamedTypeSymbol _attribute;
        private readonly ConcurrentDictionary<ISymbol, Discouraged> _cache = new ConcurrentDictionary<ISymbol, Discouraged>(SymbolEqualityComparer.Default);
        private readonly Func<ISymbol, Discouraged> _read;

        public Lookup(INamedTypeSymbol attribute)
        {
            _attribute = attribute;
            _read = Read;
        }

        /// <summary>Reports the member, else the constructed type, else any marked generic type argument of a method.</summary>
        public void Report(OperationAnalysisContext context, IMethodSymbol member, INamedTypeSymbol? containingType)
        {
            Discouraged found = Get(member);
            ISymbol subject = member.MethodKind == MethodKind.Constructor && containingType is not null ? containingType : member;
            if (found == s_none && containingType is not null)
            {
                found = Get(containingType);
            }

            if (found == s_none)
            {
                foreach (ITypeSymbol typeArgument in member.TypeArguments)
                {
                    found = Get(typeArgument);
                    if (found != s_none)
                    {
                        subject = typeArgument;
                        break;
                    }
                }
            }

            if (found != s_none)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DiscouragedAuthentication,
                    OperationLocations.Head(context.Operation.Syntax),
                    subject.Name,
                    found.Scheme,
                    found.Recommendation));
            }
        }

        private Discouraged Get(ISymbol symbol) => _cache.GetOrAdd(symbol.OriginalDefinition, _read);

        private Discouraged Read(ISymbol symbol)
        {
            foreach (AttributeData data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, _attribute)
                    && data.ConstructorArguments.Length == 2
                    && data.ConstructorArguments[0].Value is string scheme
                    && data.ConstructorArguments[1].Value is string recommendation)
                {
                    return new Discouraged(scheme, recommendation);
                }
            }

            return s_none;
        }
    }

    private sealed class Discouraged
    {
        public Discouraged(string scheme, string recommendation)
        {
            Scheme = scheme;
            Recommendation = recommendation;
        }

        public string Scheme { get; }

        public string Recommendation { get; }
    }
}
