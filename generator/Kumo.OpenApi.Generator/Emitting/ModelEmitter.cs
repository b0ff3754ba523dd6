using System.Globalization;
using System.Text;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>Emits one model class or string enum, plus its reflection-free reader and writer in the client's serializer class.</summary>
internal static class ModelEmitter
{
    public static string Emit(ModelFile file)
    {
        SourceWriter writer = new SourceWriter();
        EmitterCommon.WriteHeader(writer, file.Namespace);
        for (int i = 0; i < file.Types.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            EmitType(writer, file.Types[i]);
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void EmitType(SourceWriter writer, TypeModel type)
    {
        if (type.Kind == TypeModelKind.Union)
        {
            UnionEmitter.Emit(writer, type);
        }
        else if (type.Kind == TypeModelKind.Object)
        {
            EmitClass(writer, type);
            writer.WriteLine();
            EmitObjectSerializer(writer, type);
        }
        else
        {
            EmitEnum(writer, type);
            writer.WriteLine();
            EmitEnumSerializer(writer, type);
        }
    }

    private static void EmitClass(SourceWriter writer, TypeModel type)
    {
        EmitterCommon.WriteDocs(writer, type.Description, fallback: "The " + type.Name + " model of the API description.");
        if (type.Deprecated)
        {
            writer.WriteLine(EmitterCommon.Obsolete(null));
        }

        foreach (OneOfRequiredModel group in type.ExclusiveGroups)
        {
            writer.WriteLine("[global::Kumo.OpenApi.Runtime.ApiExactlyOneOf(" + string.Join(", ", System.Linq.Enumerable.Select(group.JsonNames, Identifiers.Literal)) + ")]");
        }

        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public sealed partial class " + type.Name);
        writer.OpenBlock();
        foreach (PropertyModel property in type.Properties)
        {
            EmitterCommon.WriteDocs(writer, property.Description, fallback: "The " + property.JsonName + " member.");
            if (property.DefaultValue is not null)
            {
                writer.WriteLine("/// <remarks>The API's default: <c>" + Identifiers.XmlEscape(property.DefaultValue) + "</c>.</remarks>");
            }

            if (property.Deprecated)
            {
                writer.WriteLine(EmitterCommon.Obsolete(null));
            }

            // The API name is needed by analyzers only where constraints or exactly-one-of groups refer to it.
            if (property.Constraints != ConstraintsModel.None || type.ExclusiveGroups.Count > 0)
            {
                ConstraintAttributes.Write(writer, property.JsonName, property.Constraints);
            }

            string typeName = TypeSyntax.Of(property.Type, type.Namespace, property.IsNullableInCSharp);
            string initializer = property.IsNullableInCSharp || property.Type.IsValueType ? string.Empty : " = default!;";
            writer.WriteLine("public " + typeName + " " + property.CSharpName + " { get; set; }" + initializer);
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>Members the server sent that the API description does not declare; they are written back when this object is serialized, so nothing is lost.</summary>");
        writer.WriteLine("public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties { get; set; }");
        writer.CloseBlock();
    }

    private static void EmitObjectSerializer(SourceWriter writer, TypeModel type)
    {
        string name = type.Name;
        string qualified = "global::" + type.Namespace + "." + name;
        string serializer = "global::" + type.Namespace + "." + type.SerializerName;
        writer.WriteLine("internal static partial class " + type.SerializerName);
        writer.OpenBlock();

        for (int i = 0; i < type.Properties.Count; i++)
        {
            writer.WriteLine("private static global::System.ReadOnlySpan<byte> " + NameField(name, i) + " => new byte[] { " + Utf8Bytes(type.Properties[i].JsonName) + " };");
        }

        if (type.Properties.Count > 0)
        {
            writer.WriteLine();
        }

        // One line per member keeps the generated code small: every build of the consumer compiles it.
        writer.WriteLine("internal static " + qualified + " Read" + name + "(ref " + TypeSyntax.Reader + " reader)");
        writer.OpenBlock();
        writer.WriteLine(TypeSyntax.Primitives + ".ExpectStartObject(ref reader);");
        writer.WriteLine(qualified + " result = new " + qualified + "();");
        writer.WriteLine("global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? additional = null;");
        for (int i = 0; i < type.Properties.Count; i++)
        {
            if (type.Properties[i].Required)
            {
                writer.WriteLine("bool has" + i.ToString(CultureInfo.InvariantCulture) + " = false;");
            }
        }

        writer.WriteLine("while (reader.Read() && reader.TokenType != " + TypeSyntax.TokenType + ".EndObject)");
        writer.OpenBlock();
        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertyModel property = type.Properties[i];
            string json = Identifiers.Literal(property.JsonName);
            string assign = "result." + property.CSharpName + " = " + TypeSyntax.Read(property.Type, serializer, type.Namespace) + ";";
            string body = property.IsNullableInCSharp
                ? "if (" + TypeSyntax.Primitives + ".NextValue(ref reader, ref additional, " + json + ")) { " + assign + " }"
                : TypeSyntax.Primitives + ".NextNonNullValue(ref reader, " + Identifiers.Literal(name) + ", " + json + "); " + assign;
            if (property.Required)
            {
                body += " has" + i.ToString(CultureInfo.InvariantCulture) + " = true;";
            }

            writer.WriteLine((i == 0 ? "if" : "else if") + " (reader.ValueTextEquals(" + NameField(name, i) + ")) { " + body + " }");
        }

        writer.WriteLine((type.Properties.Count == 0 ? string.Empty : "else { ") + TypeSyntax.Primitives + ".ReadUnknownMember(ref reader, ref additional);" + (type.Properties.Count == 0 ? string.Empty : " }"));
        writer.CloseBlock();
        for (int i = 0; i < type.Properties.Count; i++)
        {
            if (type.Properties[i].Required)
            {
                writer.WriteLine("if (!has" + i.ToString(CultureInfo.InvariantCulture) + ") { throw " + TypeSyntax.Primitives + ".MissingRequired(" + Identifiers.Literal(name) + ", " + Identifiers.Literal(type.Properties[i].JsonName) + "); }");
            }
        }

        writer.WriteLine("result.AdditionalProperties = additional;");
        writer.WriteLine("return result;");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("internal static void Write" + name + "(" + TypeSyntax.Writer + " writer, " + qualified + " value)");
        writer.OpenBlock();
        writer.WriteLine("writer.WriteStartObject();");
        bool hasNullable = false;
        for (int i = 0; i < type.Properties.Count; i++)
        {
            PropertyModel property = type.Properties[i];
            hasNullable |= property.IsNullableInCSharp;
            if (property.ReadOnly && !property.Required)
            {
                // readOnly members are sent by the server only; echoing them back would be rejected by strict APIs.
                continue;
            }

            string access = "value." + property.CSharpName;
            string write = "writer.WritePropertyName(" + NameField(name, i) + "); ";
            if (property.IsNullableInCSharp || !property.Type.IsValueType)
            {
                string valueExpression = property.Type.IsValueType ? access + ".Value" : access;
                writer.WriteLine("if (" + access + " is not null) { " + write + TypeSyntax.Write(property.Type, valueExpression, serializer, type.Namespace) + " }");
            }
            else
            {
                writer.WriteLine(write + TypeSyntax.Write(property.Type, access, serializer, type.Namespace));
            }
        }

        writer.WriteLine(hasNullable
            ? TypeSyntax.Primitives + ".WriteUnknownMembers(writer, value.AdditionalProperties, value, s_isWritten" + name + ");"
            : TypeSyntax.Primitives + ".WriteUnknownMembers(writer, value.AdditionalProperties);");
        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        if (hasNullable)
        {
            // An explicit null read from the server is kept among the unknown members; it is written only while the typed member is still null.
            writer.WriteLine();
            writer.WriteLine("private static readonly global::System.Func<" + qualified + ", string, bool> s_isWritten" + name + " = static (value, name) => name switch");
            writer.OpenBlock();
            for (int i = 0; i < type.Properties.Count; i++)
            {
                PropertyModel property = type.Properties[i];
                bool skipped = property.ReadOnly && !property.Required;
                string written = skipped ? "false" : property.IsNullableInCSharp || !property.Type.IsValueType ? "value." + property.CSharpName + " is not null" : "true";
                writer.WriteLine(Identifiers.Literal(property.JsonName) + " => " + written + ",");
            }

            writer.WriteLine("_ => false,");
            writer.CloseBlock(";");
        }

        writer.CloseBlock();
    }

    private static void EmitEnum(SourceWriter writer, TypeModel type)
    {
        string name = type.Name;
        EmitterCommon.WriteDocs(writer, type.Description, fallback: "The " + name + " values of the API description.");
        writer.WriteLine("/// <remarks>Values the description does not list are kept as they are, so a newer server never breaks this client.</remarks>");
        if (type.Deprecated)
        {
            writer.WriteLine(EmitterCommon.Obsolete(null));
        }

        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public readonly partial struct " + name + " : global::System.IEquatable<" + name + ">");
        writer.OpenBlock();
        writer.WriteLine("private readonly string? _value;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a value; any string is accepted.</summary>");
        writer.WriteLine("/// <param name=\"value\">The value as the API spells it.</param>");
        writer.WriteLine("public " + name + "(string value)");
        writer.OpenBlock();
        writer.WriteLine("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        writer.CloseBlock();
        writer.WriteLine();
        foreach (EnumMemberModel member in type.EnumMembers)
        {
            writer.WriteLine("/// <summary>The value <c>" + Identifiers.XmlEscape(member.Value) + "</c>.</summary>");
            writer.WriteLine("public static " + name + " " + member.CSharpName + " { get; } = new " + name + "(" + Identifiers.Literal(member.Value) + ");");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The value as the API spells it.</summary>");
        writer.WriteLine("public string Value => _value ?? string.Empty;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Whether the value is one the API description lists.</summary>");
        StringBuilder known = new StringBuilder();
        foreach (EnumMemberModel member in type.EnumMembers)
        {
            known.Append(known.Length == 0 ? string.Empty : " or ").Append(Identifiers.Literal(member.Value));
        }

        writer.WriteLine("public bool IsKnown => " + (known.Length == 0 ? "false" : "Value is " + known) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine("public bool Equals(" + name + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine("public override string ToString() => Value;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Compares two values ordinally.</summary>");
        writer.WriteLine("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Compares two values ordinally.</summary>");
        writer.WriteLine("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Converts a string as the API spells it.</summary>");
        writer.WriteLine("public static implicit operator " + name + "(string value) => new " + name + "(value);");
        writer.CloseBlock();
    }

    private static void EmitEnumSerializer(SourceWriter writer, TypeModel type)
    {
        string qualified = "global::" + type.Namespace + "." + type.Name;
        writer.WriteLine("internal static partial class " + type.SerializerName);
        writer.OpenBlock();
        writer.WriteLine("internal static " + qualified + " Read" + type.Name + "(ref " + TypeSyntax.Reader + " reader) => new " + qualified + "(" + TypeSyntax.Primitives + ".ReadString(ref reader));");
        writer.WriteLine();
        writer.WriteLine("internal static void Write" + type.Name + "(" + TypeSyntax.Writer + " writer, " + qualified + " value) => writer.WriteStringValue(value.Value);");
        writer.CloseBlock();
    }

    private static string NameField(string typeName, int index) => "Name" + typeName + "_" + index.ToString(CultureInfo.InvariantCulture);

    private static string Utf8Bytes(string text)
    {
        StringBuilder builder = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            builder.Append(builder.Length == 0 ? string.Empty : ", ").Append(b.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
