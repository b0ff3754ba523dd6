using System.Linq;
using Kumo.OpenApi.Generator.Helpers;

namespace Kumo.OpenApi.Generator.Model;

internal enum TypeModelKind
{
    Object,
    StringEnum,
    Union,
}

/// <summary>A model class or string enum. Carries its client's namespace and serializer so each type can be emitted (and cached) on its own.</summary>
internal sealed record TypeModel(
    TypeModelKind Kind,
    string Name,
    string Namespace,
    string SerializerName,
    string? Description,
    bool Deprecated,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<EnumMemberModel> EnumMembers,
    EquatableArray<OneOfRequiredModel> ExclusiveGroups,
    EquatableArray<UnionVariantModel> Variants = default,
    string? Discriminator = null)
{
    /// <summary>A union whose every branch is a scalar with a text form: it can be a path, query or header value.</summary>
    public bool IsScalarUnion => Kind == TypeModelKind.Union && Variants.Count > 0 && Variants.All(v => v.Type.HasTextForm);
}

/// <summary>One branch of a oneOf/anyOf: how to recognise it (JSON kind, required members, discriminator values) and its C# type.</summary>
internal sealed record UnionVariantModel(
    string CSharpName,
    TypeRef Type,
    string JsonKind,
    EquatableArray<string> Required,
    EquatableArray<string> DiscriminatorValues);

internal sealed record PropertyModel(
    string JsonName,
    string CSharpName,
    TypeRef Type,
    bool Required,
    bool Nullable,
    string? Description,
    bool Deprecated,
    bool ReadOnly,
    bool WriteOnly,
    ConstraintsModel Constraints,
    string? DefaultValue = null)
{
    /// <summary>Optional or nullable members are nullable in C#, so an absent or null value never throws.</summary>
    public bool IsNullableInCSharp => !Required || Nullable;
}

internal sealed record EnumMemberModel(string Value, string CSharpName);

/// <summary>A oneOf whose branches only require different members: exactly one of <see cref="JsonNames"/> must be set.</summary>
internal sealed record OneOfRequiredModel(EquatableArray<string> JsonNames);
