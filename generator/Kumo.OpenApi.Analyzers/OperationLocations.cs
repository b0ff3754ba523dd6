using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Kumo.OpenApi.Analyzers;

/// <summary>Short locations for diagnostics, so a squiggle marks the call or creation and not a whole multi-line initializer.</summary>
internal static class OperationLocations
{
    /// <summary><c>new T</c> of an object creation (with its arguments when short), the method name of an invocation, else the whole node.</summary>
    public static Location Head(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectCreationExpressionSyntax creation:
                return Location.Create(creation.SyntaxTree, TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.Type.Span.End));
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                return Location.Create(implicitCreation.SyntaxTree, TextSpan.FromBounds(implicitCreation.NewKeyword.SpanStart, implicitCreation.ArgumentList.Span.End));
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess }:
                return memberAccess.Name.GetLocation();
            case InvocationExpressionSyntax invocation:
                return invocation.Expression.GetLocation();
            default:
                return node.GetLocation();
        }
    }
}
