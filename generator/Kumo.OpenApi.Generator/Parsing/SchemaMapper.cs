using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kumo.OpenApi.Generator.Diagnostics;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;
using Microsoft.OpenApi;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>Maps schemas to C# types, registering a model or enum for every component and named inline object.</summary>
internal sealed class SchemaMapper
{
    private readonly OpenApiDocument _document;
    private readonly BuildContext _context;
    private readonly Dictionary<string, TypeRef> _componentTypes = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
    private readonly Dictionary<string, (TypeRef Type, bool Nullable)> _aliases = new Dictionary<string, (TypeRef, bool)>(StringComparer.Ordinal);
    private readonly HashSet<string> _aliasesInProgress = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<TypeModel> _types = new List<TypeModel>();
    private readonly HashSet<string> _scalarUnions = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, (IOpenApiSchema Schema, TypeRef Type)> _pendingComponents = new Dictionary<string, (IOpenApiSchema, TypeRef)>(StringComparer.Ordinal);
    private readonly Dictionary<IOpenApiSchema, (TypeRef, bool)> _inline = new Dictionary<IOpenApiSchema, (TypeRef, bool)>(ReferenceComparer.Instance);

    public SchemaMapper(OpenApiDocument document, BuildContext context)
    {
        _document = document;
        _context = context;
    }

    public IReadOnlyList<TypeModel> Types => _types;

    /// <summary>Whether a mapped type is a union of scalars (see <see cref="TypeModel.IsScalarUnion"/>).</summary>
    public bool IsScalarUnion(TypeRef type) => type.Kind == TypeKind.Model && _scalarUnions.Contains(type.Name!);

    /// <summary>Names every component model and enum first, so references (including cycles) resolve to a name before bodies are built.</summary>
    public void RegisterComponents()
    {
        IDictionary<string, IOpenApiSchema>? schemas = _document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        List<(string Id, IOpenApiSchema Schema, TypeRef Type)> pending = new List<(string, IOpenApiSchema, TypeRef)>();
        foreach (KeyValuePair<string, IOpenApiSchema> pair in schemas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (IsObjectModel(pair.Value, 0))
            {
                TypeRef type = new TypeRef(TypeKind.Model, _context.ReserveTypeName(pair.Key));
                _componentTypes[pair.Key] = type;
                pending.Add((pair.Key, pair.Value, type));
            }
            else if (IsUnion(pair.Value))
            {
                TypeRef type = new TypeRef(TypeKind.Model, _context.ReserveTypeName(pair.Key));
                _componentTypes[pair.Key] = type;
                pending.Add((pair.Key, pair.Value, type));
            }
            else if (IsStringEnum(pair.Value))
            {
                TypeRef type = new TypeRef(TypeKind.Enum, _context.ReserveTypeName(pair.Key));
                _componentTypes[pair.Key] = type;
                pending.Add((pair.Key, pair.Value, type));
            }
        }

        foreach ((string id, IOpenApiSchema schema, TypeRef type) in pending)
        {
            _pendingComponents[id] = (schema, type);
        }
    }

    private void AddUnion(TypeModel union)
    {
        _types.Add(union);
        if (union.IsScalarUnion)
        {
            _scalarUnions.Add(union.Name);
        }
    }

    /// <summary>Builds every component, reachable or not (for tests and tools that want the whole document).</summary>
    public void BuildAllComponents()
    {
        foreach (string id in _pendingComponents.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList())
        {
            EnsureBuilt(id);
        }
    }

    /// <summary>Builds a component's type the first time an operation reaches it: components nothing uses (GitHub's webhook payloads) cost nothing.</summary>
    private void EnsureBuilt(string id)
    {
        if (!_pendingComponents.TryGetValue(id, out (IOpenApiSchema Schema, TypeRef Type) pending))
        {
            return;
        }

        // Removed before building, so a cycle back to this component only needs its name.
        _pendingComponents.Remove(id);
        _context.CancellationToken.ThrowIfCancellationRequested();
        string pointer = "#/components/schemas/" + Escape(id);
        if (pending.Type.Kind == TypeKind.Model && IsUnion(pending.Schema))
        {
            AddUnion(BuildUnion(pending.Type.Name!, pending.Schema, pointer));
        }
        else if (pending.Type.Kind == TypeKind.Model)
        {
            _types.Add(BuildObject(pending.Type.Name!, pending.Schema, pointer));
        }
        else
        {
            _types.Add(BuildEnum(pending.Type.Name!, pending.Schema));
        }
    }

    /// <summary>The C# type of a schema and whether null is allowed; <paramref name="context"/> names inline types.</summary>
    public (TypeRef Type, bool Nullable) Map(IOpenApiSchema? schema, string context, string pointer)
    {
        if (schema is null)
        {
            return (TypeRef.Json, true);
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return MapReference(reference, context, pointer);
        }

        // A shared inline schema (a components/responses or parameters entry used by many operations) is one type, not one per use.
        if (_inline.TryGetValue(schema, out (TypeRef Type, bool Nullable) known))
        {
            return known;
        }

        (TypeRef Type, bool Nullable) mapped = MapInline(schema, context, pointer);
        if (mapped.Type.Kind is TypeKind.Model or TypeKind.Enum)
        {
            _inline[schema] = mapped;
        }

        return mapped;
    }

    private (TypeRef Type, bool Nullable) MapInline(IOpenApiSchema schema, string context, string pointer)
    {
        bool nullable = schema.Type is JsonSchemaType type && (type & JsonSchemaType.Null) != 0;
        JsonSchemaType? nonNull = schema.Type is JsonSchemaType t ? t & ~JsonSchemaType.Null : null;
        if (nonNull == 0)
        {
            nonNull = null;
        }

        bool hasProperties = HasOwnProperties(schema) || (schema.AllOf?.Count > 0 && IsObjectModel(schema, 0));
        if (!hasProperties)
        {
            if (schema.AllOf is { Count: 1 })
            {
                (TypeRef inner, bool innerNullable) = Map(schema.AllOf[0], context, pointer + "/allOf/0");
                return (inner, nullable || innerNullable);
            }

            IList<IOpenApiSchema>? union = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf is { Count: > 0 } ? schema.AnyOf : null;
            if (union is not null && !OnlyRequiredBranches(union))
            {
                string keyword = ReferenceEquals(union, schema.OneOf) ? "oneOf" : "anyOf";
                List<IOpenApiSchema> nonNullBranches = union.Where(b => !IsNullOnly(b)).ToList();
                if (nonNullBranches.Count == 1)
                {
                    int index = union.IndexOf(nonNullBranches[0]);
                    (TypeRef inner, _) = Map(nonNullBranches[0], context, pointer + "/" + keyword + "/" + index.ToString(CultureInfo.InvariantCulture));
                    return (inner, true);
                }

                string unionName = _context.ReserveTypeName(context);
                AddUnion(BuildUnion(unionName, schema, pointer));
                return (new TypeRef(TypeKind.Model, unionName), nullable || nonNullBranches.Count < union.Count);
            }
        }

        if (IsStringEnum(schema) && !hasProperties)
        {
            string name = _context.ReserveTypeName(context);
            _types.Add(BuildEnum(name, schema));
            return (new TypeRef(TypeKind.Enum, name), nullable);
        }

        if (hasProperties && (nonNull is null || nonNull == JsonSchemaType.Object))
        {
            string name = _context.ReserveTypeName(context);
            _types.Add(BuildObject(name, schema, pointer));
            return (new TypeRef(TypeKind.Model, name), nullable);
        }

        switch (nonNull)
        {
            case JsonSchemaType.String:
                return (MapString(schema.Format), nullable);
            case JsonSchemaType.Integer:
                return (schema.Format == "int64" ? TypeRef.Int64 : TypeRef.Int32, nullable);
            case JsonSchemaType.Number:
                return (schema.Format switch
                {
                    "float" => TypeRef.Single,
                    "decimal" => TypeRef.Decimal,
                    "int32" => TypeRef.Int32,
                    "int64" => TypeRef.Int64,
                    _ => TypeRef.Double,
                }, nullable);
            case JsonSchemaType.Boolean:
                return (TypeRef.Boolean, nullable);
            case JsonSchemaType.Array:
                (TypeRef item, _) = Map(schema.Items, context + "Item", pointer + "/items");
                return (TypeRef.ArrayOf(item), nullable);
            case JsonSchemaType.Object:
            case null:
                if (schema.AdditionalProperties is not null)
                {
                    (TypeRef value, _) = Map(schema.AdditionalProperties, context + "Value", pointer + "/additionalProperties");
                    return (TypeRef.MapOf(value), nullable);
                }

                return (TypeRef.Json, nullable || nonNull is null);
            default:
                return (TypeRef.Json, nullable);
        }
    }

    public ConstraintsModel Constraints(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return ConstraintsModel.None;
        }

        ConstraintsModel constraints = new ConstraintsModel(
            MinLength: schema.MinLength,
            MaxLength: schema.MaxLength,
            Pattern: schema.Pattern,
            Minimum: schema.Minimum?.ToString(),
            Maximum: schema.Maximum?.ToString() ?? MaxDuration(schema),
            MinItems: schema.MinItems,
            MaxItems: schema.MaxItems,
            UniqueItems: schema.UniqueItems == true,
            Format: schema.Format,
            ItemPattern: schema.Items?.Pattern,
            ItemFormat: schema.Items?.Format,
            ItemMaxLength: schema.Items?.MaxLength);
        return constraints == ConstraintsModel.None ? ConstraintsModel.None : constraints;
    }

    /// <summary>The <c>x-kumo-max-duration</c> extension (e.g. "8760h"): a maximum for duration strings that JSON Schema cannot express.</summary>
    private static string? MaxDuration(IOpenApiSchema schema) =>
        schema.Extensions is not null && schema.Extensions.TryGetValue("x-kumo-max-duration", out IOpenApiExtension? extension)
            && extension is JsonNodeExtension node && node.Node is JsonValue value && value.TryGetValue(out string? text)
            ? text
            : null;

    private (TypeRef Type, bool Nullable) MapReference(OpenApiSchemaReference reference, string context, string pointer)
    {
        string? id = reference.Reference?.Id;
        if (id is null || reference.Target is null)
        {
            _context.Report(DiagnosticDescriptors.UnresolvedReference, pointer, reference.Reference?.ReferenceV3 ?? id ?? "(empty)", "JsonElement is used instead");
            return (TypeRef.Json, true);
        }

        if (_componentTypes.TryGetValue(id, out TypeRef? known))
        {
            EnsureBuilt(id);
            return (known, false);
        }

        if (_aliases.TryGetValue(id, out (TypeRef, bool) alias))
        {
            return alias;
        }

        if (!_aliasesInProgress.Add(id))
        {
            // A reference cycle through non-object schemas (e.g. an array of itself) has no finite C# type.
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "the recursive schema '" + id + "'", "JsonElement");
            return (TypeRef.Json, true);
        }

        (TypeRef Type, bool Nullable) mapped = Map(reference.Target, Identifiers.ToPascalCase(id), "#/components/schemas/" + Escape(id));
        _aliasesInProgress.Remove(id);
        _aliases[id] = mapped;
        return mapped;
    }

    private static TypeRef MapString(string? format) => format switch
    {
        "date-time" => TypeRef.DateTimeOffset,
        "date" => TypeRef.Date,
        "uuid" => TypeRef.Guid,
        "uri" => TypeRef.Uri,
        "byte" => TypeRef.Bytes,
        _ => TypeRef.String,
    };

    private TypeModel BuildObject(string name, IOpenApiSchema schema, string pointer)
    {
        NameScope memberNames = new NameScope(name, "AdditionalProperties");
        List<PropertyModel> properties = new List<PropertyModel>();
        HashSet<string> seen = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string> required = new HashSet<string>(StringComparer.Ordinal);
        List<OneOfRequiredModel> exclusiveGroups = new List<OneOfRequiredModel>();
        CollectProperties(schema, pointer, name, memberNames, properties, seen, required, exclusiveGroups, 0);

        for (int i = 0; i < properties.Count; i++)
        {
            if (required.Contains(properties[i].JsonName) && !properties[i].Required)
            {
                properties[i] = properties[i] with { Required = true };
            }
        }

        return new TypeModel(
            TypeModelKind.Object,
            name,
            _context.Namespace,
            _context.SerializerName,
            schema.Description ?? schema.Title,
            schema.Deprecated,
            properties.ToEquatableArray(),
            EquatableArray<EnumMemberModel>.Empty,
            exclusiveGroups.ToEquatableArray());
    }

    /// <summary>Gathers own and allOf-inherited members, so composition flattens into one class.</summary>
    private void CollectProperties(IOpenApiSchema schema, string pointer, string owner, NameScope memberNames, List<PropertyModel> properties,
        HashSet<string> seen, HashSet<string> required, List<OneOfRequiredModel> exclusiveGroups, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Target is null)
            {
                _context.Report(DiagnosticDescriptors.UnresolvedReference, pointer, reference.Reference?.ReferenceV3 ?? "(empty)", "its members are left out");
                return;
            }

            pointer = "#/components/schemas/" + Escape(reference.Reference.Id ?? string.Empty);
        }

        if (schema.AllOf is not null)
        {
            for (int i = 0; i < schema.AllOf.Count; i++)
            {
                CollectProperties(schema.AllOf[i], pointer + "/allOf/" + i.ToString(CultureInfo.InvariantCulture), owner, memberNames, properties, seen, required, exclusiveGroups, depth + 1);
            }
        }

        if (schema.Required is not null)
        {
            required.UnionWith(schema.Required);
        }

        if (schema.OneOf is { Count: > 1 } oneOf && OnlyRequiredBranches(oneOf))
        {
            exclusiveGroups.Add(new OneOfRequiredModel(oneOf.SelectMany(b => b.Required ?? Enumerable.Empty<string>()).Distinct().ToEquatableArray()));
        }

        if (schema.Properties is null)
        {
            return;
        }

        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties)
        {
            if (!seen.Add(property.Key))
            {
                continue;
            }

            string desired = Identifiers.ToPascalCase(property.Key);

            // A member may not share its type's name (CS0542).
            string propertyName = memberNames.Reserve(desired == owner ? desired + "Value" : desired);
            string propertyPointer = pointer + "/properties/" + Escape(property.Key);
            if (propertyName != desired && propertyName != desired + "Value")
            {
                _context.Report(DiagnosticDescriptors.NameCollision, propertyPointer, property.Key, owner + "." + desired, owner + "." + propertyName);
            }

            (TypeRef type, bool nullable) = Map(property.Value, owner + propertyName, propertyPointer);
            IOpenApiSchema effective = property.Value;
            properties.Add(new PropertyModel(
                property.Key,
                propertyName,
                type,
                Required: schema.Required?.Contains(property.Key) == true,
                Nullable: nullable,
                Description: effective.Description ?? effective.Title,
                Deprecated: effective.Deprecated,
                ReadOnly: effective.ReadOnly,
                WriteOnly: effective.WriteOnly,
                Constraints: Constraints(effective),
                DefaultValue: effective.Default?.ToJsonString()));
        }
    }

    /// <summary>A class with one nullable property per branch; the reader picks the branch by discriminator, else by shape.</summary>
    private TypeModel BuildUnion(string name, IOpenApiSchema schema, string pointer)
    {
        IList<IOpenApiSchema> branches = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf!;
        string keyword = ReferenceEquals(branches, schema.OneOf) ? "oneOf" : "anyOf";
        NameScope memberNames = new NameScope(name, "Unknown", "AdditionalProperties");
        List<UnionVariantModel> variants = new List<UnionVariantModel>();
        HashSet<TypeRef> seen = new HashSet<TypeRef>();
        Dictionary<string, List<string>> discriminatorValues = DiscriminatorValues(schema);
        for (int i = 0; i < branches.Count; i++)
        {
            IOpenApiSchema branch = branches[i];
            if (IsNullOnly(branch))
            {
                continue;
            }

            string branchPointer = pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture);
            string context = name + "Variant" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (branch is OpenApiSchemaReference branchReference && branchReference.Reference?.Id is string id)
            {
                context = Identifiers.ToPascalCase(id);
            }

            (TypeRef type, _) = Map(branch, context, branchPointer);
            if (!seen.Add(type))
            {
                continue;
            }

            IOpenApiSchema resolved = branch is OpenApiSchemaReference r && r.Target is not null ? r.Target : branch;
            List<string> required = new List<string>();
            CollectRequired(resolved, required, 0);
            string? refId = (branch as OpenApiSchemaReference)?.Reference?.Id;
            List<string> values = refId is not null && discriminatorValues.TryGetValue(refId, out List<string>? mapped) ? mapped
                : refId is not null && schema.Discriminator is not null ? new List<string> { refId }
                : new List<string>();
            variants.Add(new UnionVariantModel(
                memberNames.Reserve(VariantName(type)),
                type,
                JsonKind(type),
                required.Distinct(StringComparer.Ordinal).ToEquatableArray(),
                values.ToEquatableArray()));
        }

        return new TypeModel(
            TypeModelKind.Union,
            name,
            _context.Namespace,
            _context.SerializerName,
            schema.Description ?? schema.Title,
            schema.Deprecated,
            EquatableArray<PropertyModel>.Empty,
            EquatableArray<EnumMemberModel>.Empty,
            EquatableArray<OneOfRequiredModel>.Empty,
            variants.ToEquatableArray(),
            schema.Discriminator?.PropertyName);
    }

    private static Dictionary<string, List<string>> DiscriminatorValues(IOpenApiSchema schema)
    {
        Dictionary<string, List<string>> values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (schema.Discriminator?.Mapping is null)
        {
            return values;
        }

        foreach (var pair in schema.Discriminator.Mapping)
        {
            string? target = pair.Value?.Reference?.Id;
            if (target is null)
            {
                continue;
            }

            if (!values.TryGetValue(target, out List<string>? list))
            {
                values[target] = list = new List<string>();
            }

            list.Add(pair.Key);
        }

        return values;
    }

    private void CollectRequired(IOpenApiSchema schema, List<string> required, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Target is not null)
            {
                CollectRequired(reference.Target, required, depth + 1);
            }

            return;
        }

        if (schema.Required is not null)
        {
            required.AddRange(schema.Required);
        }

        if (schema.AllOf is not null)
        {
            foreach (IOpenApiSchema part in schema.AllOf)
            {
                CollectRequired(part, required, depth + 1);
            }
        }
    }

    private static string VariantName(TypeRef type) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum => type.Name!,
        TypeKind.Array => VariantName(type.Element!) + "List",
        TypeKind.Map => VariantName(type.Element!) + "Map",
        TypeKind.Json => "Json",
        _ => type.Kind.ToString(),
    };

    private static string JsonKind(TypeRef type) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Map => "object",
        TypeKind.Array => "array",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal => "number",
        TypeKind.Boolean => "boolean",
        TypeKind.Json => "any",
        _ => "string",
    };

    private bool IsUnion(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference || HasOwnProperties(schema) || schema.AllOf is { Count: > 0 })
        {
            return false;
        }

        IList<IOpenApiSchema>? union = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf is { Count: > 0 } ? schema.AnyOf : null;
        return union is not null && !OnlyRequiredBranches(union) && union.Count(b => !IsNullOnly(b)) > 1;
    }

    private TypeModel BuildEnum(string name, IOpenApiSchema schema)
    {
        NameScope memberNames = new NameScope(name, "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType");
        List<EnumMemberModel> members = new List<EnumMemberModel>();
        HashSet<string> values = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonNode? node in schema.Enum ?? new List<JsonNode>())
        {
            if (node is JsonValue value && value.TryGetValue(out string? text) && text is not null && values.Add(text))
            {
                members.Add(new EnumMemberModel(text, memberNames.Reserve(text.Length == 0 ? "Empty" : Identifiers.ToPascalCase(text))));
            }
        }

        return new TypeModel(
            TypeModelKind.StringEnum,
            name,
            _context.Namespace,
            _context.SerializerName,
            schema.Description ?? schema.Title,
            schema.Deprecated,
            EquatableArray<PropertyModel>.Empty,
            members.ToEquatableArray(),
            EquatableArray<OneOfRequiredModel>.Empty);
    }

    private bool IsObjectModel(IOpenApiSchema schema, int depth)
    {
        if (depth > 32)
        {
            return false;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return reference.Target is not null && IsObjectModel(reference.Target, depth + 1);
        }

        if (HasOwnProperties(schema))
        {
            return true;
        }

        return schema.AllOf is { Count: > 1 } && schema.AllOf.Any(s => IsObjectModel(s, depth + 1));
    }

    private static bool HasOwnProperties(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && schema.Properties is { Count: > 0 };

    private static bool IsStringEnum(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference || schema.Enum is not { Count: > 0 })
        {
            return false;
        }

        JsonSchemaType? type = schema.Type is JsonSchemaType t ? t & ~JsonSchemaType.Null : null;
        if (type is not (null or JsonSchemaType.String))
        {
            return false;
        }

        return schema.Enum.All(n => n is null || (n is JsonValue v && v.TryGetValue(out string? _)));
    }

    private static bool IsNullOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && schema.Type == JsonSchemaType.Null;

    private static bool OnlyRequiredBranches(IList<IOpenApiSchema> branches) =>
        branches.All(b => b is not OpenApiSchemaReference && b.Required is { Count: > 0 } && b.Type is null
            && b.Properties is not { Count: > 0 } && b.AllOf is not { Count: > 0 });

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Identity comparison: two equal-looking inline schemas at different places are still different types.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<IOpenApiSchema>
    {
        public static readonly ReferenceComparer Instance = new ReferenceComparer();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
