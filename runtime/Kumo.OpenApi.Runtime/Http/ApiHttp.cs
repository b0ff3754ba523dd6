using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Kumo.OpenApi.Runtime.Serialization;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>Request and response plumbing shared by generated clients.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiHttp
{
    private static readonly MediaTypeHeaderValue s_jsonMediaType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    private static readonly JsonWriterOptions s_writerOptions = new JsonWriterOptions { SkipValidation = true };

    /// <summary>The base address a client uses: the HttpClient's, else the API description's.</summary>
    /// <param name="httpClientBaseAddress">The HttpClient's base address, or null.</param>
    /// <param name="defaultBaseAddress">The API description's first server.</param>
    /// <returns>The base address without a trailing slash.</returns>
    public static string ResolveBaseAddress(Uri? httpClientBaseAddress, string defaultBaseAddress)
    {
        string baseAddress = (httpClientBaseAddress?.AbsoluteUri ?? defaultBaseAddress).TrimEnd('/');
        if (baseAddress.Length == 0 || !Uri.IsWellFormedUriString(baseAddress, UriKind.Absolute))
        {
            throw new InvalidOperationException("The API description names no absolute server address; set HttpClient.BaseAddress to the API's address.");
        }

        return baseAddress;
    }

    /// <summary>Creates the request URI from the base address, an expanded path and a query string.</summary>
    /// <param name="baseAddress">The base address without a trailing slash.</param>
    /// <param name="path">The path, starting with '/'.</param>
    /// <param name="query">The query string, starting with '?', or empty.</param>
    /// <returns>The absolute URI.</returns>
    public static Uri CreateUri(string baseAddress, string path, string query) =>
        new Uri(baseAddress + path + query, UriKind.Absolute);

    // Path values share ApiFormat's text forms (invariant culture, round-trip numbers, RFC 3339 dates), escaped where
    // the text can hold reserved characters.

    /// <summary>Formats and escapes a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped segment.</returns>
    public static string PathValue(string value) => Uri.EscapeDataString(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(int value) => ApiFormat.Text(value)!;

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(long value) => ApiFormat.Text(value)!;

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(double value) => ApiFormat.Text(value)!;

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(bool value) => ApiFormat.Text(value)!;

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(Guid value) => ApiFormat.Text(value)!;

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped segment.</returns>
    public static string PathValue(DateTimeOffset value) => Uri.EscapeDataString(ApiFormat.Text(value)!);

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(DateOnly value) => ApiFormat.Text(value)!;

    /// <summary>Formats and escapes a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped segment.</returns>
    public static string PathValue(Uri value) => Uri.EscapeDataString(ApiFormat.Text(value ?? throw new ArgumentNullException(nameof(value)))!);

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(float value) => ApiFormat.Text(value)!;

    /// <summary>Formats a path parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The segment.</returns>
    public static string PathValue(decimal value) => ApiFormat.Text(value)!;

    /// <summary>Formats a byte path parameter as escaped base64.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped segment.</returns>
    public static string PathValue(byte[] value) => Uri.EscapeDataString(ApiFormat.Text(value ?? throw new ArgumentNullException(nameof(value)))!);

    /// <summary>Formats an array path parameter in the simple style: items joined with commas, each escaped.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="values">The items.</param>
    /// <param name="format">Formats one item (already escaped).</param>
    /// <returns>The segment.</returns>
    public static string PathValues<T>(IEnumerable<T> values, Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(values);
        List<string> parts = new List<string>();
        foreach (T value in values)
        {
            parts.Add(format(value));
        }

        return string.Join(",", parts);
    }

    /// <summary>Wraps a binary request body.</summary>
    /// <param name="body">The stream to send; it is not disposed by the client.</param>
    /// <param name="mediaType">The media type the API expects.</param>
    /// <returns>The content.</returns>
    public static HttpContent CreateStreamContent(System.IO.Stream body, string mediaType)
    {
        StreamContent content = new StreamContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>Wraps a text request body.</summary>
    /// <param name="body">The text.</param>
    /// <param name="mediaType">The media type the API expects.</param>
    /// <returns>The content.</returns>
    public static HttpContent CreateTextContent(string body, string mediaType)
    {
        StringContent content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Serializes a model as application/x-www-form-urlencoded: top-level members become fields; arrays repeat; objects are sent as JSON text.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="write">The generated writer.</param>
    /// <returns>The content.</returns>
    public static HttpContent CreateFormContent<T>(T value, JsonWriteAction<T> write)
    {
        List<KeyValuePair<string, string>> fields = new List<KeyValuePair<string, string>>();
        foreach ((string name, string text) in FlattenTopLevel(value, write))
        {
            fields.Add(new KeyValuePair<string, string>(name, text));
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>Serializes a model as multipart/form-data: each top-level member becomes a part (arrays repeat; objects are JSON parts).</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="write">The generated writer.</param>
    /// <returns>The content.</returns>
    public static HttpContent CreateMultipartContent<T>(T value, JsonWriteAction<T> write)
    {
        MultipartFormDataContent content = new MultipartFormDataContent();
        foreach ((string name, string text) in FlattenTopLevel(value, write))
        {
            content.Add(new StringContent(text, System.Text.Encoding.UTF8), name);
        }

        return content;
    }

    /// <summary>Takes ownership of a success response and returns its body as a stream that disposes the response with it.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The body stream.</returns>
    public static async Task<System.IO.Stream> ReadStreamAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        System.IO.Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new ResponseStream(body, response);
    }

    /// <summary>Reads a text response.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The text.</returns>
    public static Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.Content.ReadAsStringAsync(cancellationToken);

    /// <summary>The top-level members of a value as (name, text) pairs: arrays repeat, nulls are left out, objects are JSON text.</summary>
    internal static IEnumerable<(string Name, string Text)> FlattenTopLevel<T>(T value, JsonWriteAction<T> write)
    {
        ArrayBufferWriter<byte> buffer = new ArrayBufferWriter<byte>(256);
        using (Utf8JsonWriter writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            write(writer, value);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        List<(string, string)> fields = new List<(string, string)>();
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in property.Value.EnumerateArray())
                {
                    fields.Add((property.Name, FieldText(item)));
                }
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                fields.Add((property.Name, FieldText(property.Value)));
            }
        }

        return fields;
    }

    private static string FieldText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    /// <summary>Serializes a request body to UTF-8 JSON content.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="write">The generated writer.</param>
    /// <returns>The content.</returns>
    public static HttpContent CreateJsonContent<T>(T value, JsonWriteAction<T> write)
    {
        // The buffer and writer are reused per thread (this method never awaits), so a request pays only for the
        // exact-size copy its content keeps: about 450 bytes less per call than a new buffer and writer.
        JsonBodyWriter bodyWriter = JsonBodyWriter.Rent();
        try
        {
            write(bodyWriter.Writer, value);
            bodyWriter.Writer.Flush();
            ByteArrayContent content = new ByteArrayContent(bodyWriter.Buffer.WrittenSpan.ToArray());
            content.Headers.ContentType = s_jsonMediaType;
            return content;
        }
        finally
        {
            JsonBodyWriter.Return(bodyWriter);
        }
    }

    /// <summary>A buffer and a JSON writer over it, kept per thread between request bodies.</summary>
    private sealed class JsonBodyWriter
    {
        // A body larger than this is not worth keeping a buffer for on every thread that ever sent one.
        private const int MaxRetainedCapacity = 64 * 1024;

        [ThreadStatic]
        private static JsonBodyWriter? t_cached;

        private JsonBodyWriter()
        {
            Buffer = new ArrayBufferWriter<byte>(256);
            Writer = new Utf8JsonWriter(Buffer, s_writerOptions);
        }

        public ArrayBufferWriter<byte> Buffer { get; }

        public Utf8JsonWriter Writer { get; }

        public static JsonBodyWriter Rent()
        {
            // Taken out of the slot while in use: a nested call on the same thread gets a fresh one.
            JsonBodyWriter? cached = t_cached;
            t_cached = null;
            if (cached is null)
            {
                return new JsonBodyWriter();
            }

            cached.Writer.Reset(cached.Buffer);
            return cached;
        }

        public static void Return(JsonBodyWriter bodyWriter)
        {
            // Clear zeroes the written bytes: a body can hold a password, which must not linger in a kept buffer.
            bodyWriter.Buffer.Clear();
            if (bodyWriter.Buffer.Capacity <= MaxRetainedCapacity)
            {
                t_cached = bodyWriter;
            }
        }
    }

    /// <summary>Reads a success response's JSON body with a generated reader.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="read">The generated reader.</param>
    /// <param name="typeName">The model's name, for the error message.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ApiDeserializationException">The body is empty, is not JSON, or does not match the model.</exception>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonReadFunc<T> read, string typeName, CancellationToken cancellationToken)
    {
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Exception? failure;
        try
        {
            return Deserialize(body, read);
        }
        catch (JsonException ex)
        {
            failure = ex;
        }
        catch (FormatException ex)
        {
            failure = ex;
        }
        catch (InvalidOperationException ex)
        {
            failure = ex;
        }
        catch (OverflowException ex)
        {
            failure = ex;
        }

        ApiError error = ApiError.Parse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, CollectHeaders(response), response.ReasonPhrase);
        throw new ApiDeserializationException(error, typeName, failure);
    }

    /// <summary>Reads an error response into the <see cref="ApiError"/> that typed exceptions carry.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The error.</returns>
    public static Task<ApiError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ApiError.FromResponseAsync(response, cancellationToken);

    /// <summary>Collects response and content headers, case-insensitively.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The headers.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
    {
        Dictionary<string, IReadOnlyList<string>> headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in response.Headers)
        {
            headers[header.Key] = new List<string>(header.Value);
        }

        foreach (KeyValuePair<string, IEnumerable<string>> header in response.Content.Headers)
        {
            headers[header.Key] = new List<string>(header.Value);
        }

        return headers;
    }

    private static T Deserialize<T>(byte[] body, JsonReadFunc<T> read)
    {
        if (body.Length == 0)
        {
            throw new JsonException("The response body is empty.");
        }

        Utf8JsonReader reader = new Utf8JsonReader(body);
        reader.Read();
        T value = read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("The response body has content after its JSON value.");
        }

        return value;
    }
}
