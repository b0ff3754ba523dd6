using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.Analyzers.Authentication;

/// <summary>
/// KUMO107: a credential handler of the runtime (a <c>DelegatingHandler</c> defined in Kumo.OpenApi.Runtime, such as
/// <c>BearerTokenHandler</c> or <c>BasicAuthenticationHandler</c>) created with a constant base address that uses
/// plain <c>http://</c> to a host that is not loopback. The handler's constructor throws for such an address; this
/// moves the failure from run time to the editor.
/// </summary>
/// <remarks>Only <c>new Uri("constant")</c> arguments are judged; addresses computed at run time are left to the runtime check.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CleartextBaseAddressAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CleartextCredentials);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            KumoSymbols? symbols = KumoSymbols.TryCreate(start.Compilation);
            if (symbols?.DelegatingHandler is null || symbols.Uri is null)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KumoSymbols symbols)
    {
        IObjectCreationOperation creation = (IObjectCreationOperation)context.Operation;
        INamedTypeSymbol? handlerType = creation.Constructor?.ContainingType;
        if (handlerType is null
            || !SymbolEqualityComparer.Default.Equals(handlerType.ContainingAssembly, symbols.RuntimeAssembly)
            || !DerivesFrom(handlerType, symbols.DelegatingHandler!))
        {
            return;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter is null
                || !SymbolEqualityComparer.Default.Equals(argument.Parameter.Type, symbols.Uri)
                || !TryGetConstantUri(argument.Value, symbols.Uri!, out string? address)
                || !Uri.TryCreate(address, UriKind.Absolute, out Uri? uri)
                || !string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase)
                || IsLoopback(uri))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.CleartextCredentials,
                argument.Value.Syntax.GetLocation(),
                handlerType.Name,
                uri.Scheme + "://" + uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The string of <c>new Uri("…")</c> (or <c>new Uri(SomeConst, …)</c>) when it is a compile-time constant.</summary>
    private static bool TryGetConstantUri(IOperation value, INamedTypeSymbol uriType, out string? address)
    {
        address = null;
        value = ConstantValues.SkipConversions(value);
        if (value is IObjectCreationOperation { Arguments.Length: > 0 } uriCreation
            && SymbolEqualityComparer.Default.Equals(uriCreation.Type, uriType)
            && uriCreation.Arguments[0].Parameter?.Type.SpecialType == SpecialType.System_String
            && ConstantValues.SkipConversions(uriCreation.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string text })
        {
            address = text;
            return true;
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same loopback rule as the runtime's CredentialGuard: localhost, 127.0.0.0/8 and ::1 (also IPv4-mapped).</summary>
    private static bool IsLoopback(Uri uri)
    {
        string host = uri.DnsSafeHost;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if ((uri.HostNameType != UriHostNameType.IPv4 && uri.HostNameType != UriHostNameType.IPv6) || !IPAddress.TryParse(host, out IPAddress? address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }
}
