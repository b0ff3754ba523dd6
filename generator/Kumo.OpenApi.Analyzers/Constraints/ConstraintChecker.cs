using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kumo.OpenApi.Analyzers.Constraints;

/// <summary>
/// Checks one constant value (or a list of constants) against the constraints of the [ApiMember] it is given to,
/// and reports KUMO103 (range and length), KUMO104 (pattern and format) and KUMO105 (item count and uniqueness).
/// Holds the per-compilation pattern cache.
/// </summary>
internal sealed class ConstraintChecker
{
    private const int MaxDisplayLength = 40;

    private readonly PatternCache _patterns = new PatternCache();

    public void Check(OperationAnalysisContext context, MemberConstraints constraints, IOperation value)
    {
        if (ConstantValues.TryGetScalar(value, out object constant))
        {
            CheckScalar(context, constraints, constant, value.Syntax);
        }
        else if (ConstantValues.TryGetItems(value, context.CancellationToken, out List<ListItem> items, out bool complete))
        {
            CheckItems(context, constraints, value.Syntax, items, complete);
        }
    }

    private void CheckScalar(OperationAnalysisContext context, MemberConstraints constraints, object constant, SyntaxNode syntax)
    {
        if (constant is string text)
        {
            CheckString(context, constraints, text, syntax);
        }
        else if (TryGetNumber(constant, out decimal number))
        {
            CheckNumber(context, constraints, number, syntax);
        }
    }

    private void CheckString(OperationAnalysisContext context, MemberConstraints constraints, string text, SyntaxNode syntax)
    {
        long length = CountCodePoints(text);
        if (constraints.MinLength >= 0 && length < constraints.MinLength)
        {
            Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints, length == 0
                ? "is empty, but the API requires at least " + Characters(constraints.MinLength)
                : "has " + Characters(length) + ", but the API requires at least " + Format(constraints.MinLength));
        }

        if (constraints.MaxLength >= 0 && length > constraints.MaxLength)
        {
            Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints,
                "has " + Characters(length) + ", but the API allows at most " + Format(constraints.MaxLength));
        }

        if (constraints.Pattern is { } pattern && _patterns.IsMatch(pattern, text) == false)
        {
            Report(context, DiagnosticDescriptors.ValueFormat, syntax, constraints,
                "is " + Display(text) + ", which does not match the API's pattern " + pattern);
        }

        if (constraints.Format is { } format && FormatValidator.Check(format, text) is { } problem)
        {
            Report(context, DiagnosticDescriptors.ValueFormat, syntax, constraints, "is " + Display(text) + ", which " + problem);
        }

        // A Minimum/Maximum on a string member only makes sense for durations such as expires_in.
        if ((constraints.Minimum is not null || constraints.Maximum is not null) && DurationText.TryParseSeconds(text, out decimal seconds))
        {
            if (constraints.Maximum is { } maximum && DurationText.TryParseLimit(maximum, out decimal maxSeconds) && seconds > maxSeconds)
            {
                Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints,
                    "is " + text + ", which is longer than the API's maximum of " + maximum);
            }

            if (constraints.Minimum is { } minimum && DurationText.TryParseLimit(minimum, out decimal minSeconds) && seconds < minSeconds)
            {
                Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints,
                    "is " + text + ", which is shorter than the API's minimum of " + minimum);
            }
        }
    }

    private static void CheckNumber(OperationAnalysisContext context, MemberConstraints constraints, decimal number, SyntaxNode syntax)
    {
        if (constraints.Minimum is { } minimum && TryParseLimit(minimum, out decimal min) && number < min)
        {
            Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints,
                "is " + Format(number) + ", but the API requires at least " + minimum);
        }

        if (constraints.Maximum is { } maximum && TryParseLimit(maximum, out decimal max) && number > max)
        {
            Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints,
                "is " + Format(number) + ", but the API allows at most " + maximum);
        }
    }

    private void CheckItems(OperationAnalysisContext context, MemberConstraints constraints, SyntaxNode listSyntax, List<ListItem> items, bool complete)
    {
        int count = items.Count;
        if (complete && constraints.MinItems >= 0 && count < constraints.MinItems)
        {
            Report(context, DiagnosticDescriptors.ItemsRule, listSyntax, constraints,
                "has " + Items(count) + ", but the API requires at least " + Format(constraints.MinItems));
        }

        if (constraints.MaxItems >= 0 && count > constraints.MaxItems)
        {
            Report(context, DiagnosticDescriptors.ItemsRule, listSyntax, constraints,
                "has " + (complete ? string.Empty : "at least ") + Items(count) + ", but the API allows at most " + Format(constraints.MaxItems));
        }

        HashSet<object>? seen = constraints.UniqueItems ? new HashSet<object>() : null;
        foreach (ListItem item in items)
        {
            if (!item.IsConstant || item.Value is null)
            {
                continue;
            }

            if (seen is not null && !seen.Add(item.Value))
            {
                Report(context, DiagnosticDescriptors.ItemsRule, item.Syntax, constraints,
                    "has " + DisplayAny(item.Value) + " more than once, but the API requires unique items");
            }

            if (item.Value is string text)
            {
                CheckItemString(context, constraints, text, item.Syntax);
            }
        }
    }

    private void CheckItemString(OperationAnalysisContext context, MemberConstraints constraints, string text, SyntaxNode syntax)
    {
        if (constraints.ItemMaxLength >= 0 && CountCodePoints(text) > constraints.ItemMaxLength)
        {
            Report(context, DiagnosticDescriptors.ValueOutOfRange, syntax, constraints,
                "item " + Display(text) + " has " + Characters(CountCodePoints(text)) + ", but the API allows at most " + Format(constraints.ItemMaxLength));
        }

        if (constraints.ItemPattern is { } pattern && _patterns.IsMatch(pattern, text) == false)
        {
            Report(context, DiagnosticDescriptors.ValueFormat, syntax, constraints,
                "item " + Display(text) + " does not match the API's pattern " + pattern);
        }

        if (constraints.ItemFormat is { } format && FormatValidator.Check(format, text) is { } problem)
        {
            Report(context, DiagnosticDescriptors.ValueFormat, syntax, constraints, "item " + Display(text) + " " + problem);
        }
    }

    private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, SyntaxNode syntax, MemberConstraints constraints, string detail) =>
        context.ReportDiagnostic(Diagnostic.Create(descriptor, syntax.GetLocation(), constraints.ApiName, detail));

    /// <summary>JSON Schema counts lengths in Unicode code points: a surrogate pair is one character.</summary>
    private static long CountCodePoints(string text)
    {
        long count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static bool TryGetNumber(object constant, out decimal number)
    {
        switch (constant)
        {
            case int value: number = value; return true;
            case long value: number = value; return true;
            case short value: number = value; return true;
            case sbyte value: number = value; return true;
            case byte value: number = value; return true;
            case ushort value: number = value; return true;
            case uint value: number = value; return true;
            case ulong value: number = value; return true;
            case decimal value: number = value; return true;
            case double value when !double.IsNaN(value) && !double.IsInfinity(value) && Math.Abs(value) < 7.9e27:
                number = (decimal)value;
                return true;
            case float value when !float.IsNaN(value) && !float.IsInfinity(value) && Math.Abs(value) < 7.9e27f:
                number = (decimal)value;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static bool TryParseLimit(string text, out decimal limit) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out limit);

    private static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Format(long number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Characters(long count) => Format(count) + (count == 1 ? " character" : " characters");

    private static string Items(long count) => Format(count) + (count == 1 ? " item" : " items");

    /// <summary>The value quoted and shortened; never a value that looks like it holds a token (diagnostics end up in build logs).</summary>
    private static string Display(string text)
    {
        if (text.IndexOf("ucat_", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "(a value that looks like a token)";
        }

        return text.Length <= MaxDisplayLength ? "\"" + text + "\"" : "\"" + text.Substring(0, MaxDisplayLength) + "…\"";
    }

    private static string DisplayAny(object value) =>
        value is string text ? Display(text) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
