using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>Emits a oneOf/anyOf as a class with one nullable property per branch, and its reader and writer.</summary>
internal static class UnionEmitter
{
    private const string Unions = "global::Kumo.OpenApi.Runtime.Serialization.JsonUnions";

    public static void Emit(SourceWriter writer, TypeModel type)
    {
        string name = type.Name;
        string ns = type.Namespace;
        string qualified = "global::" + ns + "." + name;
        string serializer = "global::" + ns + "." + type.SerializerName;
        IEnumerable<string> variantNames = type.Variants.Select(v => "<see cref=\"" + v.CSharpName + "\"/>");
        EmitterCommon.WriteDocs(writer, type.Description, fallback: "One of several shapes.");
        writer.WriteLine("/// <remarks>At most one of " + string.Join(", ", variantNames) + " is set after reading; <see cref=\"Unknown\"/> keeps a value that matches none.</remarks>");
        if (type.Deprecated)
        {
            writer.WriteLine(EmitterCommon.Obsolete(null));
        }

        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public sealed partial class " + name);
        writer.OpenBlock();
        foreach (UnionVariantModel variant in type.Variants)
        {
            writer.WriteLine("/// <summary>The value, when it is a " + Identifiers.XmlEscape(TypeSyntax.Display(variant.Type)) + ".</summary>");
            writer.WriteLine("public " + TypeSyntax.Of(variant.Type, ns, nullable: true) + " " + variant.CSharpName + " { get; set; }");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The raw value when it matches none of the described shapes.</summary>");
        writer.WriteLine("public global::System.Text.Json.JsonElement? Unknown { get; set; }");
        foreach (UnionVariantModel variant in type.Variants.Where(v => v.Type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Json)))
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Wraps a " + Identifiers.XmlEscape(TypeSyntax.Display(variant.Type)) + ".</summary>");
            writer.WriteLine("public static implicit operator " + name + "(" + TypeSyntax.Of(variant.Type, ns) + " value) => new " + name + " { " + variant.CSharpName + " = value };");
        }

        if (type.IsScalarUnion)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>The value as a parameter carries it: the set branch's text (invariant culture), else the raw unknown value, else empty.</summary>");
            writer.WriteLine("/// <returns>The text.</returns>");
            writer.WriteLine("public override string ToString() => "
                + string.Concat(type.Variants.Select(v => "global::Kumo.OpenApi.Runtime.Http.ApiFormat.Text(" + v.CSharpName + ") ?? "))
                + "(Unknown is { } unknown ? unknown.ValueKind == global::System.Text.Json.JsonValueKind.String ? unknown.GetString() ?? string.Empty : unknown.GetRawText() : string.Empty);");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal static partial class " + type.SerializerName);
        writer.OpenBlock();
        writer.WriteLine("private static readonly global::Kumo.OpenApi.Runtime.Serialization.UnionVariant[] s_variants" + name + " =");
        writer.OpenBlock();
        foreach (UnionVariantModel variant in type.Variants)
        {
            writer.WriteLine("new global::Kumo.OpenApi.Runtime.Serialization.UnionVariant(" + Identifiers.Literal(variant.JsonKind) + ", " + StringArray(variant.Required) + ", " + StringArray(variant.DiscriminatorValues) + "),");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("internal static " + qualified + " Read" + name + "(ref " + TypeSyntax.Reader + " reader)");
        writer.OpenBlock();
        writer.WriteLine("global::System.Text.Json.JsonElement element = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
        writer.WriteLine(qualified + " result = new " + qualified + "();");
        writer.WriteLine("foreach (int candidate in " + Unions + ".Rank(element, s_variants" + name + ", " + (type.Discriminator is null ? "null" : Identifiers.Literal(type.Discriminator)) + "))");
        writer.OpenBlock();
        writer.WriteLine("try");
        writer.OpenBlock();
        writer.WriteLine("switch (candidate)");
        writer.OpenBlock();
        for (int i = 0; i < type.Variants.Count; i++)
        {
            UnionVariantModel variant = type.Variants[i];
            writer.WriteLine("case " + i.ToString(CultureInfo.InvariantCulture) + ":");
            writer.WriteLine("    result." + variant.CSharpName + " = " + Unions + ".Read<" + TypeSyntax.Of(variant.Type, ns) + ">(element, " + TypeSyntax.ReadFunc(variant.Type, serializer, ns) + ");");
            writer.WriteLine("    return result;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine("catch (global::System.Exception ex) when (ex is global::System.Text.Json.JsonException or global::System.FormatException or global::System.InvalidOperationException or global::System.OverflowException)");
        writer.OpenBlock();
        writer.WriteLine("// Not this shape after all: try the next candidate.");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("result.Unknown = element;");
        writer.WriteLine("return result;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal static void Write" + name + "(" + TypeSyntax.Writer + " writer, " + qualified + " value)");
        writer.OpenBlock();
        foreach (UnionVariantModel variant in type.Variants)
        {
            string access = "value." + variant.CSharpName;
            writer.WriteLine("if (" + access + " is not null)");
            writer.OpenBlock();
            writer.WriteLine(TypeSyntax.Write(variant.Type, variant.Type.IsValueType ? access + ".Value" : access, serializer, ns));
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("if (value.Unknown is global::System.Text.Json.JsonElement unknown)");
        writer.OpenBlock();
        writer.WriteLine("unknown.WriteTo(writer);");
        writer.WriteLine("return;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("writer.WriteNullValue();");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string StringArray(EquatableArray<string> values) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(Identifiers.Literal)) + " }";
}
