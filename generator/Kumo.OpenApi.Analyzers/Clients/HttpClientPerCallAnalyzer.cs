using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.Analyzers.Clients;

/// <summary>
/// KUMO108: a generated client created with an HttpClient that was created right there, for every call:
/// <c>new UpCloudClient(new HttpClient())</c>, or a local <c>HttpClient</c> created in the same method and passed to
/// the client's constructor. Each such HttpClient owns its own connection pool: under load that exhausts sockets,
/// and a long-lived one ignores DNS changes. IHttpClientFactory (or one shared HttpClient) fixes both.
/// </summary>
/// <remarks>
/// <para>Generated clients are recognised by <c>[GeneratedCode("Kumo.OpenApi.Generator", …)]</c> on the class or on
/// an interface it implements.</para>
/// <para>Not reported where the code runs once per process: top-level statements, a static <c>Main</c>, static
/// constructors and static field or property initializers. Not reported either when the HttpClient is built on a
/// handler that already exists (<c>new HttpClient(sharedHandler, disposeHandler: false)</c>), which shares the
/// connection pool.</para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpClientPerCallAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The compiler's name for the method that holds top-level statements.</summary>
    private const string TopLevelStatementsMethodName = "<Main>$";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HttpClientPerCall);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            KumoSymbols? symbols = KumoSymbols.TryCreate(start.Compilation);
            if (symbols?.HttpClient is not { } httpClient || symbols.GeneratedCodeAttribute is not { } generatedCode)
            {
                return;
            }

            ConcurrentDictionary<INamedTypeSymbol, bool> generatedClients =
                new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            Func<INamedTypeSymbol, bool> isGenerated = type => IsGeneratedClient(type, generatedCode);
            start.RegisterOperationAction(
                operation =>
                {
                    IObjectCreationOperation creation = (IObjectCreationOperation)operation.Operation;
                    if (creation.Constructor is { ContainingType: { } clientType } constructor
                        && HasHttpClientParameter(constructor, httpClient)
                        && !RunsOnce(operation.ContainingSymbol)
                        && generatedClients.GetOrAdd(clientType, isGenerated))
                    {
                        Analyze(operation, creation, clientType, httpClient);
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, IObjectCreationOperation creation, INamedTypeSymbol clientType, INamedTypeSymbol httpClient)
    {
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter is null || !IsHttpClient(argument.Parameter.Type, httpClient))
            {
                continue;
            }

            IOperation value = ConstantValues.SkipConversions(argument.Value);
            IObjectCreationOperation? fresh = value switch
            {
                IObjectCreationOperation direct => direct,
                ILocalReferenceOperation local => FindLocalInitializer(local, context),
                _ => null,
            };

            if (fresh is not null && IsHttpClient(fresh.Type, httpClient) && HasFreshHandler(fresh))
            {
                Location[] additional = value is ILocalReferenceOperation ? new[] { fresh.Syntax.GetLocation() } : Array.Empty<Location>();
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HttpClientPerCall,
                    OperationLocations.Head(creation.Syntax),
                    additional,
                    clientType.Name));
                return;
            }
        }
    }

    /// <summary>The <c>new …</c> a local was declared with (<c>using var http = new HttpClient();</c>), when it has one.</summary>
    private static IObjectCreationOperation? FindLocalInitializer(ILocalReferenceOperation local, OperationAnalysisContext context)
    {
        if (local.Local.DeclaringSyntaxReferences.Length != 1 || local.SemanticModel is not { } model)
        {
            return null;
        }

        SyntaxNode declaration = local.Local.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
        if (declaration is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } || initializer.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(initializer, context.CancellationToken) is { } operation
            ? ConstantValues.SkipConversions(operation) as IObjectCreationOperation
            : null;
    }

    /// <summary>No handler argument, or a handler created in the same expression: the HttpClient owns a new connection pool.</summary>
    private static bool HasFreshHandler(IObjectCreationOperation httpClientCreation)
    {
        foreach (IArgumentOperation argument in httpClientCreation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter?.Type.SpecialType == SpecialType.System_Boolean)
            {
                continue;
            }

            if (ConstantValues.SkipConversions(argument.Value) is not IObjectCreationOperation)
            {
                return false;
            }
        }

        return true;
    }

    private static bool RunsOnce(ISymbol containingSymbol) => containingSymbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.StaticConstructor } => true,
        IMethodSymbol { Name: TopLevelStatementsMethodName } => true,
        IMethodSymbol { Name: "Main", IsStatic: true } => true,
        IFieldSymbol { IsStatic: true } => true,
        IPropertySymbol { IsStatic: true } => true,
        _ => false,
    };

    private static bool HasHttpClientParameter(IMethodSymbol constructor, INamedTypeSymbol httpClient)
    {
        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            if (IsHttpClient(parameter.Type, httpClient))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHttpClient(ITypeSymbol? type, INamedTypeSymbol httpClient)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, httpClient))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGeneratedClient(INamedTypeSymbol type, INamedTypeSymbol generatedCode)
    {
        if (HasKumoGeneratedCode(type, generatedCode))
        {
            return true;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (HasKumoGeneratedCode(implemented, generatedCode))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKumoGeneratedCode(INamedTypeSymbol type, INamedTypeSymbol generatedCode)
    {
        foreach (AttributeData data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, generatedCode)
                && data.ConstructorArguments.Length >= 1
                && data.ConstructorArguments[0].Value is string tool
                && tool == KumoSymbols.GeneratorName)
            {
                return true;
            }
        }

        return false;
    }
}
