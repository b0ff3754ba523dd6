using System;
using System.ComponentModel;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Kumo.OpenApi.Runtime.Serialization;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>
/// Builds a <c>multipart/form-data</c> body part by part: files as binary parts, scalars as text parts (null values
/// are left out, arrays repeat the part), objects as <c>application/json</c> parts.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MultipartBuilder
{
    private readonly MultipartFormDataContent _content = new MultipartFormDataContent();

    /// <summary>Adds a text part.</summary>
    /// <param name="name">The part name.</param>
    /// <param name="value">The value already formatted (see <see cref="ApiFormat"/>), or null to leave it out.</param>
    public void Add(string name, string? value)
    {
        if (value is not null)
        {
            _content.Add(new StringContent(value, Encoding.UTF8), name);
        }
    }

    /// <summary>Adds a file part.</summary>
    /// <param name="name">The part name.</param>
    /// <param name="file">The file, or null to leave it out.</param>
    public void AddFile(string name, ApiFile? file)
    {
        if (file is null)
        {
            return;
        }

        StreamContent part = new StreamContent(file.Content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        _content.Add(part, name, file.FileName);
    }

    /// <summary>Adds a JSON part.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The part name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="write">The generated writer.</param>
    public void AddJson<T>(string name, T? value, JsonWriteAction<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (value is null)
        {
            return;
        }

        _content.Add(ApiHttp.CreateJsonContent(value, write), name);
    }

    /// <summary>The body.</summary>
    /// <returns>The multipart content.</returns>
    public HttpContent Build() => _content;
}
