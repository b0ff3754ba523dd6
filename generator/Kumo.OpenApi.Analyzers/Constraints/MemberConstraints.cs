using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Analyzers.Constraints;

/// <summary>
/// What an <c>[ApiMember(name, …)]</c> attribute says about one generated property or parameter: the API
/// description's constraints, read once per symbol and compilation. -1 and null mean "not set", as in the runtime attribute.
/// </summary>
internal sealed class MemberConstraints
{
    /// <summary>For symbols without [ApiMember] or without any constraint the analyzers can check.</summary>
    public static readonly MemberConstraints None = new MemberConstraints(string.Empty);

    private MemberConstraints(string apiName) => ApiName = apiName;

    public string ApiName { get; }

    public long MinLength { get; private set; } = -1;

    public long MaxLength { get; private set; } = -1;

    public string? Pattern { get; private set; }

    public string? Minimum { get; private set; }

    public string? Maximum { get; private set; }

    public long MinItems { get; private set; } = -1;

    public long MaxItems { get; private set; } = -1;

    public bool UniqueItems { get; private set; }

    public string? Format { get; private set; }

    public string? ItemPattern { get; private set; }

    public string? ItemFormat { get; private set; }

    public long ItemMaxLength { get; private set; } = -1;

    /// <summary>Reads the attribute on <paramref name="symbol"/>, or returns <see cref="None"/>.</summary>
    public static MemberConstraints Read(ISymbol symbol, INamedTypeSymbol apiMemberAttribute)
    {
        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(data.AttributeClass, apiMemberAttribute)
                || data.ConstructorArguments.Length != 1
                || data.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            MemberConstraints constraints = new MemberConstraints(name);
            bool any = false;
            foreach (System.Collections.Generic.KeyValuePair<string, TypedConstant> named in data.NamedArguments)
            {
                any |= constraints.Set(named.Key, named.Value.Value);
            }

            return any ? constraints : None;
        }

        return None;
    }

    private bool Set(string property, object? value)
    {
        switch (property)
        {
            case "MinLength" when value is long minLength:
                MinLength = minLength;
                return minLength >= 0;
            case "MaxLength" when value is long maxLength:
                MaxLength = maxLength;
                return maxLength >= 0;
            case "Pattern" when value is string pattern:
                Pattern = pattern;
                return true;
            case "Minimum" when value is string minimum:
                Minimum = minimum;
                return true;
            case "Maximum" when value is string maximum:
                Maximum = maximum;
                return true;
            case "MinItems" when value is long minItems:
                MinItems = minItems;
                return minItems >= 0;
            case "MaxItems" when value is long maxItems:
                MaxItems = maxItems;
                return maxItems >= 0;
            case "UniqueItems" when value is bool unique:
                UniqueItems = unique;
                return unique;
            case "Format" when value is string format:
                Format = format;
                return FormatValidator.IsKnown(format);
            case "ItemPattern" when value is string itemPattern:
                ItemPattern = itemPattern;
                return true;
            case "ItemFormat" when value is string itemFormat:
                ItemFormat = itemFormat;
                return FormatValidator.IsKnown(itemFormat);
            case "ItemMaxLength" when value is long itemMaxLength:
                ItemMaxLength = itemMaxLength;
                return itemMaxLength >= 0;
            default:
                return false;
        }
    }
}
