using System.Text.Json;

namespace Kumo.OpenApi.Runtime.Serialization;

/// <summary>Reads one value of <typeparamref name="T"/> from a reader positioned on the value's first token.</summary>
/// <remarks>Generated serializers implement this shape; it keeps (de)serialization free of reflection, so trimming and AOT are safe.</remarks>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="reader">The reader; on return it is positioned on the value's last token.</param>
/// <returns>The value read.</returns>
public delegate T JsonReadFunc<T>(ref Utf8JsonReader reader);

/// <summary>Writes one value of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value to write.</param>
public delegate void JsonWriteAction<in T>(Utf8JsonWriter writer, T value);
