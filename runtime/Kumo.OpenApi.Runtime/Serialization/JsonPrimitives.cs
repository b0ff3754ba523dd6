using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Kumo.OpenApi.Runtime.Serialization;

/// <summary>Readers and writers of JSON primitives used by generated serializers.</summary>
/// <remarks>Each reader expects the reader on the value token and throws <see cref="JsonException"/> on a token of another kind,
/// so a wrong-shaped response becomes an <see cref="ApiDeserializationException"/> that keeps the body.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonPrimitives
{
    private static readonly JsonElement s_null = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>Reads a string.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    /// <summary>Reads a 32-bit integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    /// <summary>Reads a 64-bit integer.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt64();
    }

    /// <summary>Reads a double.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static double ReadDouble(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetDouble();
    }

    /// <summary>Reads a single-precision number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static float ReadSingle(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetSingle();
    }

    /// <summary>Reads a decimal.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetDecimal();
    }

    /// <summary>Reads a boolean.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            throw Unexpected(ref reader, "a boolean");
        }

        return reader.GetBoolean();
    }

    /// <summary>Reads an RFC 3339 date-time with 0 to 7 (or more, truncated) fractional digits.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        if (reader.TryGetDateTimeOffset(out DateTimeOffset value))
        {
            return value;
        }

        // Lenient fallback for forms the ISO 8601 profile of System.Text.Json rejects (e.g. lower-case 't', space separator).
        string text = reader.GetString()!;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not an RFC 3339 date-time.");
    }

    /// <summary>Reads a UUID.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static Guid ReadGuid(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        if (reader.TryGetGuid(out Guid value))
        {
            return value;
        }

        throw new JsonException($"'{reader.GetString()}' is not a UUID.");
    }

    /// <summary>Reads an RFC 3339 full-date (yyyy-MM-dd).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        string text = ReadString(ref reader);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not an RFC 3339 full-date.");
    }

    /// <summary>Reads a URI, absolute or relative.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static Uri ReadUri(ref Utf8JsonReader reader)
    {
        string text = ReadString(ref reader);
        if (Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out Uri? value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not a URI.");
    }

    /// <summary>Reads base64-encoded bytes.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static byte[] ReadBytes(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetBytesFromBase64();
    }

    /// <summary>Reads any JSON value as a detached <see cref="JsonElement"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static JsonElement ReadElement(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads an array whose items are read by <paramref name="readItem"/>; a JSON null item becomes <c>default</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <returns>The items.</returns>
    public static List<T> ReadArray<T>(ref Utf8JsonReader reader, JsonReadFunc<T> readItem)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        List<T> items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.Null ? default! : readItem(ref reader));
        }

        return items;
    }

    /// <summary>Reads an object used as a map from names to values read by <paramref name="readValue"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="readValue">Reads one value.</param>
    /// <returns>The map.</returns>
    public static Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, JsonReadFunc<T> readValue)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        Dictionary<string, T> map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            map[name] = reader.TokenType == JsonTokenType.Null ? default! : readValue(ref reader);
        }

        return map;
    }

    /// <summary>Keeps a member the model does not declare, so a round trip loses nothing the server sent.</summary>
    /// <param name="reader">The reader, on the member's name.</param>
    /// <param name="members">The members kept so far, created on first use.</param>
    public static void ReadUnknownMember(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? members)
    {
        string name = reader.GetString()!;
        reader.Read();
        members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        members[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>Keeps an explicit JSON null of a declared member among the unknown members, so it is written back as null rather than left out.</summary>
    /// <param name="members">The members kept so far, created on first use.</param>
    /// <param name="name">The member's JSON name.</param>
    public static void KeepExplicitNull(ref Dictionary<string, JsonElement>? members, string name)
    {
        members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        members[name] = s_null;
    }

    /// <summary>Moves to a member's value; a JSON null is kept among the unknown members (so it is written back) and reported as false.</summary>
    /// <param name="reader">The reader, on the member's name.</param>
    /// <param name="members">The members kept so far, created on first use.</param>
    /// <param name="name">The member's JSON name.</param>
    /// <returns>Whether there is a non-null value to read.</returns>
    public static bool NextValue(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? members, string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            KeepExplicitNull(ref members, name);
            return false;
        }

        return true;
    }

    /// <summary>Moves to the value of a member that may not be null.</summary>
    /// <param name="reader">The reader, on the member's name.</param>
    /// <param name="typeName">The model type, for the error message.</param>
    /// <param name="name">The member's JSON name.</param>
    public static void NextNonNullValue(ref Utf8JsonReader reader, string typeName, string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw NullNotAllowed(typeName, name);
        }
    }

    /// <summary>Writes kept members except those a typed member already wrote.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The members, or null.</param>
    /// <param name="owner">The model.</param>
    /// <param name="isWritten">Whether the model wrote the member with that JSON name itself.</param>
    public static void WriteUnknownMembers<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, JsonElement>>? members, T owner, Func<T, string, bool> isWritten)
    {
        if (members is null)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonElement> pair in members)
        {
            if (!isWritten(owner, pair.Key))
            {
                writer.WritePropertyName(pair.Key);
                pair.Value.WriteTo(writer);
            }
        }
    }

    /// <summary>Throws when the reader is not on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    public static void ExpectStartObject(ref Utf8JsonReader reader) => Expect(ref reader, JsonTokenType.StartObject);

    /// <summary>Creates the exception for a required member that was absent.</summary>
    /// <param name="typeName">The model type.</param>
    /// <param name="jsonName">The member's JSON name.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException MissingRequired(string typeName, string jsonName) =>
        new JsonException($"The required member '{jsonName}' of {typeName} is missing.");

    /// <summary>Creates the exception for a null in a member that does not allow null.</summary>
    /// <param name="typeName">The model type.</param>
    /// <param name="jsonName">The member's JSON name.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException NullNotAllowed(string typeName, string jsonName) =>
        new JsonException($"The member '{jsonName}' of {typeName} is null, which the API description does not allow.");

    /// <summary>Writes an array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void WriteArray<T>(Utf8JsonWriter writer, IEnumerable<T> items, JsonWriteAction<T> writeItem)
    {
        writer.WriteStartArray();

        // Lists and arrays (what readers and callers use) are enumerated without boxing their enumerator.
        if (items is List<T> list)
        {
            foreach (T item in list)
            {
                WriteItem(writer, item, writeItem);
            }
        }
        else if (items is T[] array)
        {
            foreach (T item in array)
            {
                WriteItem(writer, item, writeItem);
            }
        }
        else
        {
            foreach (T item in items)
            {
                WriteItem(writer, item, writeItem);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteItem<T>(Utf8JsonWriter writer, T item, JsonWriteAction<T> writeItem)
    {
        if (item is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writeItem(writer, item);
        }
    }

    /// <summary>Writes a map as an object.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The map.</param>
    /// <param name="writeValue">Writes one value.</param>
    public static void WriteMap<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> map, JsonWriteAction<T> writeValue)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, T> pair in map)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeValue(writer, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the members kept by <see cref="ReadUnknownMember"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="members">The members, or null.</param>
    public static void WriteUnknownMembers(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, JsonElement>>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonElement> pair in members)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    /// <summary>Writes a string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteString(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <summary>Writes a 32-bit integer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteInt32(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <summary>Writes a 64-bit integer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteInt64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes a double.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDouble(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <summary>Writes a single-precision number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteSingle(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);

    /// <summary>Writes a decimal.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDecimal(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <summary>Writes a boolean.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteBoolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes an RFC 3339 date-time.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

    /// <summary>Writes a UUID.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteGuid(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary>Writes an RFC 3339 full-date.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDate(Utf8JsonWriter writer, DateOnly value) => writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Writes a URI as its original string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteUri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    /// <summary>Writes bytes as base64.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteBytes(Utf8JsonWriter writer, byte[] value) => writer.WriteBase64StringValue(value);

    /// <summary>Writes a JSON value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteElement(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw Unexpected(ref reader, expected switch
            {
                JsonTokenType.String => "a string",
                JsonTokenType.Number => "a number",
                JsonTokenType.StartArray => "an array",
                JsonTokenType.StartObject => "an object",
                _ => expected.ToString(),
            });
        }
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new JsonException($"Expected {expected} but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
}
