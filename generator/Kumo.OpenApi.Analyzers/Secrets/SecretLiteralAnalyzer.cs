using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kumo.OpenApi.Analyzers.Secrets;

/// <summary>
/// KUMO101: an UpCloud API token written in C# source, in any kind of string literal: regular, verbatim, raw,
/// UTF-8, the text parts of interpolated strings, and therefore also in constants, attribute arguments and default
/// parameter values.
/// </summary>
/// <remarks>
/// This rule works on syntax, not IOperation: attribute arguments, default parameter values and constant
/// initializers have no operation tree to visit in every host, while every literal is a syntax node. It runs
/// whether or not Kumo.OpenApi.Runtime is referenced, because a secret is a secret in any project that has the
/// analyzers. Comments are not checked.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property set when the literal's whole value is the token, so the code fix can replace it.</summary>
    public const string WholeLiteralProperty = "KumoWholeLiteral";

    private static readonly ImmutableDictionary<string, string?> s_wholeLiteral =
        ImmutableDictionary<string, string?>.Empty.Add(WholeLiteralProperty, "true");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SecretInSource);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            AnalyzeLiteral,
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringText);
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        SyntaxToken token = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token,
            InterpolatedStringTextSyntax interpolatedText => interpolatedText.TextToken,
            _ => default,
        };

        string text = token.ValueText;
        if (!UpCloudTokenText.ContainsToken(text))
        {
            return;
        }

        bool whole = context.Node.IsKind(SyntaxKind.StringLiteralExpression) && UpCloudTokenText.IsExactlyToken(text);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.SecretInSource,
            context.Node.GetLocation(),
            whole ? s_wholeLiteral : ImmutableDictionary<string, string?>.Empty));
    }
}
