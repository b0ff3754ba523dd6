using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.Analyzers;

/// <summary>Reads compile-time constants, and lists written as constants, out of operations.</summary>
internal static class ConstantValues
{
    /// <summary>The operand under implicit and explicit conversions (<c>500</c> under its conversion to <c>int?</c>).</summary>
    public static IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Whether the operation is worth a look: a constant, or something shaped like a list of values.</summary>
    public static bool IsCandidate(IOperation value)
    {
        if (value.Syntax is CollectionExpressionSyntax)
        {
            return true;
        }

        IOperation operand = SkipConversions(value);
        return operand.ConstantValue.HasValue
            || operand.Syntax is CollectionExpressionSyntax
            || operand is IArrayCreationOperation { Initializer: not null }
            || operand is IObjectCreationOperation { Initializer: not null };
    }

    /// <summary>A non-null compile-time constant under any conversions.</summary>
    public static bool TryGetScalar(IOperation value, out object constant)
    {
        Optional<object?> folded = SkipConversions(value).ConstantValue;
        if (folded.HasValue && folded.Value is not null)
        {
            constant = folded.Value;
            return true;
        }

        constant = null!;
        return false;
    }

    /// <summary>
    /// The elements of a collection expression (<c>["a", "b"]</c>), an array initializer (<c>new[] { "a" }</c>) or a
    /// collection initializer (<c>new List&lt;string&gt; { "a" }</c>), each with its constant value when it has one.
    /// <paramref name="complete"/> is false when a spread element hides part of the list.
    /// </summary>
    public static bool TryGetItems(IOperation value, CancellationToken cancellationToken, out List<ListItem> items, out bool complete)
    {
        items = null!;
        complete = true;
        IOperation operand = SkipConversions(value);
        CollectionExpressionSyntax? collection = value.Syntax as CollectionExpressionSyntax ?? operand.Syntax as CollectionExpressionSyntax;
        if (collection is not null)
        {
            // Read from syntax: the IOperation shape of collection expressions differs between compiler versions.
            SemanticModel? model = value.SemanticModel;
            if (model is null)
            {
                return false;
            }

            items = new List<ListItem>(collection.Elements.Count);
            foreach (CollectionElementSyntax element in collection.Elements)
            {
                if (element is ExpressionElementSyntax expressionElement)
                {
                    Optional<object?> folded = model.GetConstantValue(expressionElement.Expression, cancellationToken);
                    items.Add(new ListItem(expressionElement.Expression, folded.HasValue ? folded.Value : null, folded.HasValue));
                }
                else
                {
                    complete = false;
                }
            }

            return true;
        }

        if (operand is IArrayCreationOperation { Initializer: { } arrayInitializer })
        {
            items = new List<ListItem>(arrayInitializer.ElementValues.Length);
            foreach (IOperation element in arrayInitializer.ElementValues)
            {
                items.Add(FromOperation(element));
            }

            return true;
        }

        if (operand is IObjectCreationOperation { Initializer: { } collectionInitializer } && collectionInitializer.Initializers.Length > 0)
        {
            items = new List<ListItem>(collectionInitializer.Initializers.Length);
            foreach (IOperation initializer in collectionInitializer.Initializers)
            {
                // Collection initializers are Add(item) calls; an object initializer (Prop = …) is not a list.
                if (initializer is not IInvocationOperation { Arguments.Length: 1 } add)
                {
                    return false;
                }

                items.Add(FromOperation(add.Arguments[0].Value));
            }

            return true;
        }

        return false;
    }

    private static ListItem FromOperation(IOperation element)
    {
        Optional<object?> folded = SkipConversions(element).ConstantValue;
        return new ListItem(element.Syntax, folded.HasValue ? folded.Value : null, folded.HasValue);
    }
}

/// <summary>One element of a list written in source.</summary>
internal readonly struct ListItem
{
    public ListItem(SyntaxNode syntax, object? value, bool isConstant)
    {
        Syntax = syntax;
        Value = value;
        IsConstant = isConstant;
    }

    public SyntaxNode Syntax { get; }

    /// <summary>The constant value (null for a null constant or a non-constant element).</summary>
    public object? Value { get; }

    public bool IsConstant { get; }
}
