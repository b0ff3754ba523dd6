using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Kumo.OpenApi.Analyzers;
using Kumo.OpenApi.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.CodeFixes;

/// <summary>
/// Fix for KUMO101: replaces a string literal that is exactly a token with
/// <c>System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN")</c>, adding
/// <c>?? throw new System.InvalidOperationException("Set UPCLOUD_TOKEN")</c> where the target is a non-nullable
/// string (nullable annotations on). A <c>const</c> holding the literal becomes <c>static readonly</c> (fields) or a
/// plain local. Not offered where C# demands a constant (attribute arguments, default parameter values, case
/// labels and patterns), for UTF-8 literals, or when the token is only part of a longer string.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretLiteralCodeFixProvider))]
[Shared]
public sealed class SecretLiteralCodeFixProvider : CodeFixProvider
{
    public const string EnvironmentVariable = "UPCLOUD_TOKEN";

    private const string EquivalenceKey = "KumoReadTokenFromEnvironment";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.SecretInSourceId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(SecretLiteralAnalyzer.WholeLiteralProperty)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !UpCloudTokenText.IsExactlyToken(literal.Token.ValueText)
                || RequiresConstant(literal))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the token from the " + EnvironmentVariable + " environment variable",
                    cancellationToken => ReplaceAsync(context.Document, literal, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        bool throwIfMissing = model is not null && TargetIsNonNullableString(model, literal, cancellationToken);
        string text = "System.Environment.GetEnvironmentVariable(\"" + EnvironmentVariable + "\")"
            + (throwIfMissing ? " ?? throw new System.InvalidOperationException(\"Set " + EnvironmentVariable + "\")" : string.Empty);
        ExpressionSyntax replacement = SyntaxFactory.ParseExpression(text).WithTriviaFrom(literal);

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(literal, replacement);
        foreach (SyntaxNode ancestor in literal.Ancestors())
        {
            if (ancestor is FieldDeclarationSyntax field && IndexOfConst(field.Modifiers) >= 0)
            {
                editor.ReplaceNode(field, (current, _) => MakeStaticReadonly((FieldDeclarationSyntax)current));
                break;
            }

            if (ancestor is LocalDeclarationStatementSyntax local && IndexOfConst(local.Modifiers) >= 0)
            {
                editor.ReplaceNode(local, (current, _) => RemoveConst((LocalDeclarationStatementSyntax)current));
                break;
            }

            if (ancestor is StatementSyntax or MemberDeclarationSyntax)
            {
                break;
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary>Places where C# needs a compile-time constant, so a method call cannot stand there.</summary>
    private static bool RequiresConstant(LiteralExpressionSyntax literal)
    {
        foreach (SyntaxNode ancestor in literal.Ancestors())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case CaseSwitchLabelSyntax:
                case PatternSyntax:
                    return true;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the literal initializes, is assigned to, is passed as or is returned as a <c>string</c> that is not
    /// nullable (in a nullable-enabled context; <c>var</c> locals count as not nullable, so they stay <c>string</c>).
    /// </summary>
    private static bool TargetIsNonNullableString(SemanticModel model, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        if ((model.GetNullableContext(literal.SpanStart) & NullableContext.AnnotationsEnabled) == 0)
        {
            return false;
        }

        IOperation? operation = model.GetOperation(literal, cancellationToken);
        IOperation? parent = operation?.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        ITypeSymbol? target = parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } =>
                declarator.Syntax.Parent is VariableDeclarationSyntax { Type.IsVar: true } ? declarator.Symbol.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : declarator.Symbol.Type,
            IFieldInitializerOperation { InitializedFields.Length: > 0 } fieldInitializer => fieldInitializer.InitializedFields[0].Type,
            IPropertyInitializerOperation { InitializedProperties.Length: > 0 } propertyInitializer => propertyInitializer.InitializedProperties[0].Type,
            IArgumentOperation { Parameter: { } parameter } => parameter.Type,
            ISimpleAssignmentOperation assignment => assignment.Target.Type,
            _ => null,
        };

        return target is { SpecialType: SpecialType.System_String, NullableAnnotation: NullableAnnotation.NotAnnotated };
    }

    private static int IndexOfConst(SyntaxTokenList modifiers)
    {
        for (int i = 0; i < modifiers.Count; i++)
        {
            if (modifiers[i].IsKind(SyntaxKind.ConstKeyword))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>const</c> becomes <c>static readonly</c> in place, keeping the trivia around it.</summary>
    private static FieldDeclarationSyntax MakeStaticReadonly(FieldDeclarationSyntax field)
    {
        int index = IndexOfConst(field.Modifiers);
        SyntaxToken constToken = field.Modifiers[index];
        SyntaxToken staticToken = SyntaxFactory.Token(constToken.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        SyntaxToken readonlyToken = SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, constToken.TrailingTrivia);
        return field.WithModifiers(field.Modifiers.RemoveAt(index).Insert(index, readonlyToken).Insert(index, staticToken));
    }

    /// <summary><c>const string t = …;</c> becomes <c>string t = …;</c>.</summary>
    private static LocalDeclarationStatementSyntax RemoveConst(LocalDeclarationStatementSyntax local)
    {
        int index = IndexOfConst(local.Modifiers);
        SyntaxToken constToken = local.Modifiers[index];
        LocalDeclarationStatementSyntax updated = local.WithModifiers(local.Modifiers.RemoveAt(index));
        return index == 0 ? updated.WithLeadingTrivia(constToken.LeadingTrivia) : updated;
    }
}
