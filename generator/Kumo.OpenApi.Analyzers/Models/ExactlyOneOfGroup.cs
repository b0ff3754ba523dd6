using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Analyzers.Models;

/// <summary>
/// One <c>[ApiExactlyOneOf("expires_at", "expires_in")]</c> of a generated model, with each API name mapped to the
/// C# property whose <c>[ApiMember(name)]</c> carries it.
/// </summary>
internal sealed class ExactlyOneOfGroup
{
    private ExactlyOneOfGroup(ImmutableArray<IPropertySymbol> properties) => Properties = properties;

    public ImmutableArray<IPropertySymbol> Properties { get; }

    /// <summary>"ExpiresAt or ExpiresIn" / "A, B or C".</summary>
    public string Describe()
    {
        List<string> names = new List<string>(Properties.Length);
        foreach (IPropertySymbol property in Properties)
        {
            names.Add(property.Name);
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " or " + names[names.Count - 1];
    }

    /// <summary>The groups of <paramref name="type"/>; a group whose names do not all map to properties is left out.</summary>
    public static ImmutableArray<ExactlyOneOfGroup> Read(INamedTypeSymbol type, INamedTypeSymbol exactlyOneOf, INamedTypeSymbol apiMember)
    {
        ImmutableArray<ExactlyOneOfGroup>.Builder? groups = null;
        foreach (AttributeData data in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(data.AttributeClass, exactlyOneOf)
                || data.ConstructorArguments.Length != 1
                || data.ConstructorArguments[0].Kind != TypedConstantKind.Array)
            {
                continue;
            }

            ImmutableArray<TypedConstant> names = data.ConstructorArguments[0].Values;
            ImmutableArray<IPropertySymbol>.Builder properties = ImmutableArray.CreateBuilder<IPropertySymbol>(names.Length);
            foreach (TypedConstant name in names)
            {
                if (name.Value is string apiName && FindProperty(type, apiName, apiMember) is { } property)
                {
                    properties.Add(property);
                }
            }

            if (properties.Count == names.Length && names.Length >= 2)
            {
                groups ??= ImmutableArray.CreateBuilder<ExactlyOneOfGroup>();
                groups.Add(new ExactlyOneOfGroup(properties.MoveToImmutable()));
            }
        }

        return groups is null ? ImmutableArray<ExactlyOneOfGroup>.Empty : groups.ToImmutable();
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string apiName, INamedTypeSymbol apiMember)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is not IPropertySymbol property)
            {
                continue;
            }

            foreach (AttributeData data in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, apiMember)
                    && data.ConstructorArguments.Length == 1
                    && data.ConstructorArguments[0].Value is string name
                    && name == apiName)
                {
                    return property;
                }
            }
        }

        return null;
    }
}
