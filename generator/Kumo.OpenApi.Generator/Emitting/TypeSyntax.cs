using System;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>C# spellings of model types and of the expressions that read and write them; all names are global::-qualified.</summary>
internal static class TypeSyntax
{
    public const string Primitives = "global::Kumo.OpenApi.Runtime.Serialization.JsonPrimitives";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";

    public static string Of(TypeRef type, string ns, bool nullable = false)
    {
        string name = type.Kind switch
        {
            TypeKind.String => "string",
            TypeKind.Int32 => "int",
            TypeKind.Int64 => "long",
            TypeKind.Double => "double",
            TypeKind.Single => "float",
            TypeKind.Decimal => "decimal",
            TypeKind.Boolean => "bool",
            TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
            TypeKind.Guid => "global::System.Guid",
            TypeKind.Date => "global::System.DateOnly",
            TypeKind.Uri => "global::System.Uri",
            TypeKind.Bytes => "byte[]",
            TypeKind.Stream => "global::System.IO.Stream",
            TypeKind.Text => "string",
            TypeKind.Json => "global::System.Text.Json.JsonElement",
            TypeKind.Model or TypeKind.Enum => "global::" + ns + "." + type.Name,
            TypeKind.Array => "global::System.Collections.Generic.IReadOnlyList<" + Of(type.Element!, ns) + ">",
            TypeKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Of(type.Element!, ns) + ">",
            TypeKind.Content => "global::System.Net.Http.HttpContent",
            TypeKind.File => "global::Kumo.OpenApi.Runtime.Http.ApiFile",
            _ => throw new InvalidOperationException("Unknown type kind " + type.Kind),
        };
        return nullable ? name + "?" : name;
    }

    /// <summary>A short readable name for messages, e.g. IReadOnlyList&lt;Token&gt;.</summary>
    public static string Display(TypeRef type) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum => type.Name!,
        TypeKind.Array => "IReadOnlyList<" + Display(type.Element!) + ">",
        TypeKind.Map => "IReadOnlyDictionary<string, " + Display(type.Element!) + ">",
        TypeKind.Json => "JsonElement",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        TypeKind.Guid => "Guid",
        TypeKind.Date => "DateOnly",
        TypeKind.Uri => "Uri",
        TypeKind.Stream => "Stream",
        TypeKind.File => "ApiFile",
        _ => Of(type, string.Empty),
    };

    /// <summary>An expression reading the value at <paramref name="reader"/>'s current token.</summary>
    public static string Read(TypeRef type, string serializer, string ns, string reader = "reader", int depth = 0) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum => serializer + ".Read" + type.Name + "(ref " + reader + ")",
        TypeKind.Array => Primitives + ".ReadArray<" + Of(type.Element!, ns) + ">(ref " + reader + ", " + ReadFunc(type.Element!, serializer, ns, depth + 1) + ")",
        TypeKind.Map => Primitives + ".ReadMap<" + Of(type.Element!, ns) + ">(ref " + reader + ", " + ReadFunc(type.Element!, serializer, ns, depth + 1) + ")",
        _ => Primitives + ".Read" + PrimitiveSuffix(type) + "(ref " + reader + ")",
    };

    /// <summary>A delegate expression (method group or static lambda) for a JsonReadFunc.</summary>
    public static string ReadFunc(TypeRef type, string serializer, string ns, int depth = 0)
    {
        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            string r = "r" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return "static (ref " + Reader + " " + r + ") => " + Read(type, serializer, ns, r, depth);
        }

        return type.Kind is TypeKind.Model or TypeKind.Enum ? serializer + ".Read" + type.Name : Primitives + ".Read" + PrimitiveSuffix(type);
    }

    /// <summary>A statement writing <paramref name="value"/> (of a non-nullable type) to "writer".</summary>
    public static string Write(TypeRef type, string value, string serializer, string ns, int depth = 0) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum => serializer + ".Write" + type.Name + "(writer, " + value + ");",
        TypeKind.Array => Primitives + ".WriteArray<" + Of(type.Element!, ns) + ">(writer, " + value + ", " + WriteFunc(type.Element!, serializer, ns, depth + 1) + ");",
        TypeKind.Map => Primitives + ".WriteMap<" + Of(type.Element!, ns) + ">(writer, " + value + ", " + WriteFunc(type.Element!, serializer, ns, depth + 1) + ");",
        _ => Primitives + ".Write" + PrimitiveSuffix(type) + "(writer, " + value + ");",
    };

    public static string WriteFunc(TypeRef type, string serializer, string ns, int depth = 0)
    {
        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            string w = "w" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string v = "v" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string statement = Write(type, v, serializer, ns, depth).Replace("(writer, ", "(" + w + ", ");
            return "static (" + Writer + " " + w + ", " + Of(type, ns) + " " + v + ") => " + statement.TrimEnd(';');
        }

        return type.Kind is TypeKind.Model or TypeKind.Enum ? serializer + ".Write" + type.Name : Primitives + ".Write" + PrimitiveSuffix(type);
    }

    private static string PrimitiveSuffix(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Int32 => "Int32",
        TypeKind.Int64 => "Int64",
        TypeKind.Double => "Double",
        TypeKind.Single => "Single",
        TypeKind.Decimal => "Decimal",
        TypeKind.Boolean => "Boolean",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        TypeKind.Guid => "Guid",
        TypeKind.Date => "Date",
        TypeKind.Uri => "Uri",
        TypeKind.Bytes => "Bytes",
        TypeKind.Json => "Element",
        _ => throw new InvalidOperationException("No JSON primitive for " + type.Kind),
    };
}
