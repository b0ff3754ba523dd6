using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime;

/// <summary>
/// An error response of the API: the HTTP status plus whatever could be read from the body, in either of the two
/// formats UpCloud uses — the legacy <c>{"error":{"error_code":…,"error_message":…}}</c> document or an
/// RFC 7807 problem document (<c>type</c>, <c>title</c>, <c>detail</c>, <c>status</c>, <c>correlation_id</c>,
/// <c>invalid_params</c>).
/// </summary>
/// <remarks>
/// <para>
/// The format is chosen by the shape of the body, not by its <c>Content-Type</c>: the API also sends legacy-shaped
/// bodies as <c>application/problem+json</c>. A body that is empty, not JSON, truncated, an HTML page or JSON of
/// another shape still gives an <see cref="ApiError"/>: <see cref="ErrorCode"/> and <see cref="Title"/> are then
/// <see langword="null"/> and <see cref="RawBody"/> keeps the text that was received.
/// </para>
/// <para><see cref="Parse"/> and <see cref="FromResponseAsync"/> never throw because of the body's content.</para>
/// </remarks>
[DebuggerDisplay("HTTP {StatusCode}, ErrorCode = {ErrorCode}")]
public sealed class ApiError
{
    /// <summary>The number of characters of the decoded response body kept in <see cref="RawBody"/>.</summary>
    public const int MaxRawBodyLength = 65536;

    /// <summary>The number of body bytes <see cref="FromResponseAsync"/> reads at most.</summary>
    internal const int MaxBodyBytes = 1024 * 1024;

    private const int MaxMessageFieldLength = 1000;
    private const int MaxInvalidParamsInMessage = 20;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new ReadOnlyDictionary<string, IReadOnlyList<string>>(new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase));

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private ApiError(
        int statusCode,
        string? reasonPhrase,
        string? contentType,
        ParsedBody parsed,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string rawBody,
        bool rawBodyTruncated)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        ContentType = contentType;
        ErrorCode = parsed.ErrorCode;
        Title = parsed.Title;
        Detail = parsed.Detail;
        ProblemType = parsed.ProblemType;
        CorrelationId = parsed.CorrelationId;
        InvalidParams = parsed.InvalidParams ?? Array.Empty<ApiInvalidParam>();
        Headers = headers;
        RawBody = rawBody;
        RawBodyTruncated = rawBodyTruncated;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP reason phrase of the response, if one was given.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The media type of the response body (for example <c>application/problem+json</c>), without parameters such as <c>charset</c>.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// The machine-readable error code: the legacy <c>error.error_code</c>; or, for a problem document, the fragment of
    /// the <c>type</c> URI with a leading <c>ERROR_</c> removed (<c>…#ERROR_NOT_FOUND</c> gives <c>NOT_FOUND</c>,
    /// <c>…#AUTHENTICATION_FAILED</c> gives <c>AUTHENTICATION_FAILED</c>), or <c>type</c> itself when it is not an
    /// absolute URI. <see langword="null"/> when the body did not carry one.
    /// </summary>
    public string? ErrorCode { get; }

    /// <summary>The human-readable summary: the legacy <c>error.error_message</c> or the problem <c>title</c>.</summary>
    public string? Title { get; }

    /// <summary>The problem <c>detail</c>, if any.</summary>
    public string? Detail { get; }

    /// <summary>The full problem <c>type</c> URI, if the body was a problem document that had one.</summary>
    public string? ProblemType { get; }

    /// <summary>The problem <c>correlation_id</c>, if any: quote it when contacting the API's support.</summary>
    public string? CorrelationId { get; }

    /// <summary>The problem <c>invalid_params</c>; empty, never <see langword="null"/>, when there were none.</summary>
    public IReadOnlyList<ApiInvalidParam> InvalidParams { get; }

    /// <summary>The response and content headers, with case-insensitive names; empty, never <see langword="null"/>, when none were given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The UTF-8 decoded response body, at most <see cref="MaxRawBodyLength"/> characters; empty when the body was empty.</summary>
    public string RawBody { get; }

    /// <summary>
    /// <see langword="true"/> when <see cref="RawBody"/> is not the whole body: the body was longer than
    /// <see cref="MaxRawBodyLength"/> characters, longer than the amount <see cref="FromResponseAsync"/> reads, or the
    /// connection failed while it was being read.
    /// </summary>
    public bool RawBodyTruncated { get; }

    /// <summary>Whether anything was read from the body's content.</summary>
    internal bool IsRecognized =>
        ErrorCode is not null || Title is not null || Detail is not null || ProblemType is not null || InvalidParams.Count > 0;

    /// <summary>
    /// Reads an error response from its parts. Never throws because of the content of <paramref name="body"/>.
    /// </summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="contentType">The <c>Content-Type</c> header value; parameters such as <c>charset</c> are dropped.</param>
    /// <param name="body">The response body bytes (UTF-8).</param>
    /// <param name="headers">The response headers, or <see langword="null"/>; copied into a case-insensitive dictionary.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, or <see langword="null"/>.</param>
    /// <returns>The error; never <see langword="null"/>.</returns>
    public static ApiError Parse(
        int statusCode,
        string? contentType,
        ReadOnlySpan<byte> body,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null,
        string? reasonPhrase = null)
        => ParseCore(statusCode, contentType, body, CopyHeaders(headers), reasonPhrase, bodyTruncated: false);

    /// <summary>
    /// Reads an error from an HTTP response: its status, headers and at most 1 MiB of its body. A body that cannot be
    /// read completely (the connection fails mid-read) is treated as truncated; only cancellation is thrown.
    /// </summary>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The error; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The read was canceled or timed out.</exception>
    public static async Task<ApiError> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);

        HttpContent? content = response.Content;
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        AddHeaders(headers, response.Headers);
        string? contentType = null;
        if (content is not null)
        {
            AddHeaders(headers, content.Headers);
            if (content.Headers.NonValidated.TryGetValues("Content-Type", out HeaderStringValues values))
            {
                foreach (string value in values)
                {
                    contentType = value;
                    break;
                }
            }
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int length = 0;
        bool truncated = false;
        try
        {
            if (content is not null)
            {
                try
                {
                    Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    await using (stream.ConfigureAwait(false))
                    {
                        while (true)
                        {
                            int capacity = Math.Min(buffer.Length, MaxBodyBytes);
                            if (length == capacity)
                            {
                                if (capacity >= MaxBodyBytes)
                                {
                                    byte[] probe = new byte[1];
                                    truncated = await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) > 0;
                                    break;
                                }

                                byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(MaxBodyBytes, buffer.Length * 2));
                                buffer.AsSpan(0, length).CopyTo(larger);
                                ArrayPool<byte>.Shared.Return(buffer);
                                buffer = larger;
                                capacity = Math.Min(buffer.Length, MaxBodyBytes);
                            }

                            int read = await stream.ReadAsync(buffer.AsMemory(length, capacity - length), cancellationToken).ConfigureAwait(false);
                            if (read <= 0)
                            {
                                break;
                            }

                            length += read;
                        }
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The connection failed mid-read (IOException, HttpRequestException, a corrupt compressed stream…):
                    // keep what arrived and report it as truncated. Cancellation is never swallowed.
                    cancellationToken.ThrowIfCancellationRequested();
                    truncated = true;
                }
            }

            return ParseCore(
                (int)response.StatusCode,
                contentType,
                buffer.AsSpan(0, length),
                Freeze(headers),
                response.ReasonPhrase,
                truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A one-line description of the error; never contains header values.</summary>
    /// <returns>The same text as <see cref="Exception.Message"/> of an exception made from this error.</returns>
    public override string ToString() => BuildMessage();

    /// <summary>Builds the exception message: status, code, title, detail, correlation id and invalid parameters; never header values.</summary>
    internal string BuildMessage()
    {
        var builder = new StringBuilder(128);
        builder.Append("HTTP ").Append(StatusCode.ToString(CultureInfo.InvariantCulture));
        if (!IsRecognized)
        {
            if (!string.IsNullOrWhiteSpace(ReasonPhrase))
            {
                builder.Append(' ').Append(Sanitize(ReasonPhrase.Trim(), 200));
            }

            builder.Append(": the response body was not a recognized error document.");
            return builder.ToString();
        }

        string? code = ErrorCode ?? ProblemType;
        if (code is not null)
        {
            builder.Append(" (").Append(Sanitize(code, MaxMessageFieldLength)).Append(')');
        }

        if (Title is not null)
        {
            builder.Append(": ").Append(Sanitize(Title, MaxMessageFieldLength));
        }

        if (Detail is not null)
        {
            EndSentence(builder);
            builder.Append(" Detail: ").Append(Sanitize(Detail, MaxMessageFieldLength));
        }

        if (CorrelationId is not null)
        {
            EndSentence(builder);
            builder.Append(" Correlation id: ").Append(Sanitize(CorrelationId, 200));
        }

        if (InvalidParams.Count > 0)
        {
            EndSentence(builder);
            builder.Append(" Invalid parameters: ");
            int shown = Math.Min(InvalidParams.Count, MaxInvalidParamsInMessage);
            for (int i = 0; i < shown; i++)
            {
                if (i > 0)
                {
                    builder.Append("; ");
                }

                ApiInvalidParam parameter = InvalidParams[i];
                builder.Append(Sanitize(parameter.Name, 200)).Append(": ").Append(Sanitize(parameter.Reason, MaxMessageFieldLength).TrimEnd('.'));
            }

            if (InvalidParams.Count > shown)
            {
                builder.Append("; and ").Append((InvalidParams.Count - shown).ToString(CultureInfo.InvariantCulture)).Append(" more");
            }
        }

        EndSentence(builder);
        return builder.ToString();
    }

    private static ApiError ParseCore(
        int statusCode,
        string? contentType,
        ReadOnlySpan<byte> body,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string? reasonPhrase,
        bool bodyTruncated)
    {
        ReadOnlySpan<byte> content = body;
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        (string rawBody, bool rawTruncated) = DecodeRawBody(content);
        ParsedBody parsed = ParseBody(content);
        return new ApiError(
            statusCode,
            string.IsNullOrEmpty(reasonPhrase) ? null : reasonPhrase,
            MediaTypeOf(contentType),
            parsed,
            headers,
            rawBody,
            rawTruncated || bodyTruncated);
    }

    private static (string Text, bool Truncated) DecodeRawBody(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return (string.Empty, false);
        }

        // UTF-8 never yields more chars than bytes (invalid bytes become one U+FFFD each at most).
        int maxChars = Math.Min(MaxRawBodyLength, content.Length);
        char[] chars = ArrayPool<char>.Shared.Rent(maxChars);
        try
        {
            Decoder decoder = Encoding.UTF8.GetDecoder();
            decoder.Convert(content, chars.AsSpan(0, maxChars), flush: true, out int bytesUsed, out int charsUsed, out bool completed);
            return (new string(chars, 0, charsUsed), !completed || bytesUsed < content.Length);
        }
        catch (ArgumentException)
        {
            // Defensive: the output was too small for even one character. Decode a prefix the simple way.
            string text = Encoding.UTF8.GetString(content[..Math.Min(content.Length, MaxRawBodyLength)]);
            if (text.Length > MaxRawBodyLength)
            {
                text = text[..MaxRawBodyLength];
            }

            return (text, true);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static ParsedBody ParseBody(ReadOnlySpan<byte> content)
    {
        // Only a JSON object can be an error document: skip the parser for anything else (HTML pages, plain text…).
        int start = 0;
        while (start < content.Length && content[start] is 0x20 or 0x09 or 0x0D or 0x0A)
        {
            start++;
        }

        if (start == content.Length || (content[start] != (byte)'{' && content[start] != (byte)'/'))
        {
            return default;
        }

        try
        {
            var reader = new Utf8JsonReader(content, ReaderOptions);
            if (!JsonDocument.TryParseValue(ref reader, out JsonDocument? document))
            {
                return default;
            }

            using (document)
            {
                if (reader.Read())
                {
                    return default; // more than one JSON value: not a document
                }

                return Interpret(document.RootElement);
            }
        }
        catch (JsonException)
        {
            return default;
        }
        catch (InvalidOperationException)
        {
            return default;
        }
        catch (ArgumentException)
        {
            return default;
        }
    }

    private static ParsedBody Interpret(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        // Legacy: {"error":{"error_code":"…","error_message":"…"}} — whatever the Content-Type says.
        if (root.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Object)
        {
            string? code = GetString(error, "error_code");
            string? message = GetString(error, "error_message");
            if (code is not null || message is not null)
            {
                return new ParsedBody { ErrorCode = code, Title = message };
            }
        }

        // RFC 7807 problem: type and/or title at top level.
        string? type = GetString(root, "type");
        string? title = GetString(root, "title");
        if (type is null && title is null)
        {
            return default;
        }

        return new ParsedBody
        {
            ErrorCode = ErrorCodeFromProblemType(type),
            Title = title,
            Detail = GetString(root, "detail"),
            ProblemType = type,
            CorrelationId = GetString(root, "correlation_id"),
            InvalidParams = GetInvalidParams(root),
        };
    }

    private static IReadOnlyList<ApiInvalidParam>? GetInvalidParams(JsonElement root)
    {
        if (!root.TryGetProperty("invalid_params", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        List<ApiInvalidParam>? result = null;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? name = GetString(item, "name");
            string? reason = GetString(item, "reason");
            if (name is null && reason is null)
            {
                continue;
            }

            (result ??= new List<ApiInvalidParam>()).Add(new ApiInvalidParam(name ?? string.Empty, reason ?? string.Empty));
        }

        return result is null ? null : Array.AsReadOnly(result.ToArray());
    }

    private static string? GetString(JsonElement element, string propertyName)
    {
        if (!element.TryGetProperty(propertyName, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            string? text = value.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }
        catch (InvalidOperationException)
        {
            return null; // e.g. an escaped lone surrogate ("\ud800") cannot become a .NET string
        }
    }

    /// <summary>The Go SDK's rule: an absolute URI gives its fragment without a leading <c>ERROR_</c>; anything else is the code itself.</summary>
    internal static string? ErrorCodeFromProblemType(string? type)
    {
        if (type is null)
        {
            return null;
        }

        if (!HasUriScheme(type))
        {
            return type;
        }

        int hash = type.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return null;
        }

        string fragment = Uri.UnescapeDataString(type[(hash + 1)..]);
        if (fragment.StartsWith("ERROR_", StringComparison.Ordinal))
        {
            fragment = fragment["ERROR_".Length..];
        }

        return string.IsNullOrWhiteSpace(fragment) ? null : fragment;
    }

    /// <summary>RFC 3986: <c>scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )</c> followed by <c>:</c>.</summary>
    private static bool HasUriScheme(string value)
    {
        if (value.Length < 2 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':')
            {
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return false;
    }

    private static string? MediaTypeOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        int semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        string mediaType = (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim();
        return mediaType.Length == 0 ? null : mediaType.ToLowerInvariant();
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> CopyHeaders(IReadOnlyDictionary<string, IReadOnlyList<string>>? headers)
    {
        if (headers is null || headers.Count == 0)
        {
            return NoHeaders;
        }

        var copy = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IReadOnlyList<string>> header in headers)
        {
            if (header.Key is null)
            {
                continue;
            }

            if (!copy.TryGetValue(header.Key, out List<string>? list))
            {
                list = new List<string>();
                copy.Add(header.Key, list);
            }

            if (header.Value is not null)
            {
                foreach (string value in header.Value)
                {
                    list.Add(value ?? string.Empty);
                }
            }
        }

        return Freeze(copy);
    }

    private static void AddHeaders(Dictionary<string, List<string>> target, HttpHeaders source)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in source.NonValidated)
        {
            if (!target.TryGetValue(header.Key, out List<string>? list))
            {
                list = new List<string>();
                target.Add(header.Key, list);
            }

            foreach (string value in header.Value)
            {
                list.Add(value);
            }
        }
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Freeze(Dictionary<string, List<string>> headers)
    {
        if (headers.Count == 0)
        {
            return NoHeaders;
        }

        var frozen = new Dictionary<string, IReadOnlyList<string>>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, List<string>> header in headers)
        {
            frozen.Add(header.Key, Array.AsReadOnly(header.Value.ToArray()));
        }

        return new ReadOnlyDictionary<string, IReadOnlyList<string>>(frozen);
    }

    private static void EndSentence(StringBuilder builder)
    {
        char last = builder[^1];
        if (last is not '.' and not '!' and not '?')
        {
            builder.Append('.');
        }
    }

    /// <summary>Server text in a one-line message: control characters become spaces, and very long text is cut.</summary>
    private static string Sanitize(string text, int maxLength)
    {
        bool needsWork = text.Length > maxLength;
        if (!needsWork)
        {
            foreach (char c in text)
            {
                if (char.IsControl(c))
                {
                    needsWork = true;
                    break;
                }
            }
        }

        if (!needsWork)
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 1);
        int end = Math.Min(text.Length, maxLength);
        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        for (int i = 0; i < end; i++)
        {
            builder.Append(char.IsControl(text[i]) ? ' ' : text[i]);
        }

        if (end < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private struct ParsedBody
    {
        public string? ErrorCode;
        public string? Title;
        public string? Detail;
        public string? ProblemType;
        public string? CorrelationId;
        public IReadOnlyList<ApiInvalidParam>? InvalidParams;
    }
}
