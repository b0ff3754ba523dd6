using System;
using System.IO;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>A file sent as one part of a <c>multipart/form-data</c> request.</summary>
public sealed class ApiFile
{
    /// <summary>Creates a file part.</summary>
    /// <param name="content">The bytes to send, read from the stream's current position. The stream is disposed with the request, as <see cref="System.Net.Http.StreamContent"/> does.</param>
    /// <param name="fileName">The file name the server sees.</param>
    /// <param name="contentType">The part's media type; <c>application/octet-stream</c> when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    public ApiFile(Stream content, string fileName, string? contentType = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType;
    }

    /// <summary>The bytes to send.</summary>
    public Stream Content { get; }

    /// <summary>The file name the server sees.</summary>
    public string FileName { get; }

    /// <summary>The part's media type.</summary>
    public string ContentType { get; }

    /// <summary>A file part over bytes in memory.</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="fileName">The file name the server sees.</param>
    /// <param name="contentType">The part's media type; <c>application/octet-stream</c> when omitted.</param>
    /// <returns>The file part.</returns>
    public static ApiFile FromBytes(byte[] content, string fileName, string? contentType = null) =>
        new ApiFile(new MemoryStream(content ?? throw new ArgumentNullException(nameof(content)), writable: false), fileName, contentType);

    /// <inheritdoc />
    public override string ToString() => FileName + " (" + ContentType + ")";
}
