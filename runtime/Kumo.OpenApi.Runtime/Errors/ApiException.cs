using System;
using System.Collections.Generic;

namespace Kumo.OpenApi.Runtime;

/// <summary>
/// Thrown by generated clients when the API answers with an error status. <see cref="Error"/> holds everything that
/// was read from the response; the <see cref="Exception.Message"/> never contains header values.
/// </summary>
public class ApiException : Exception
{
    /// <summary>Creates an exception for <paramref name="error"/> with a message built from it.</summary>
    /// <param name="error">The error read from the response.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public ApiException(ApiError error)
        : this(error, null, null)
    {
    }

    /// <summary>Creates an exception for <paramref name="error"/>.</summary>
    /// <param name="error">The error read from the response.</param>
    /// <param name="message">The message, or <see langword="null"/> for one built from <paramref name="error"/>.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public ApiException(ApiError error, string? message, Exception? innerException)
        : base(message ?? MessageOf(error), innerException)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Everything that was read from the error response.</summary>
    public ApiError Error { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode => Error.StatusCode;

    /// <summary>The API's error code (see <see cref="ApiError.ErrorCode"/>), or <see langword="null"/>.</summary>
    public string? ErrorCode => Error.ErrorCode;

    /// <summary>The API's error message or problem title, or <see langword="null"/>.</summary>
    public string? Title => Error.Title;

    /// <summary>The problem detail, or <see langword="null"/>.</summary>
    public string? Detail => Error.Detail;

    /// <summary>The problem correlation id, or <see langword="null"/>.</summary>
    public string? CorrelationId => Error.CorrelationId;

    /// <summary>The parameters the API rejected; empty when there were none.</summary>
    public IReadOnlyList<ApiInvalidParam> InvalidParams => Error.InvalidParams;

    /// <summary>The response and content headers, with case-insensitive names.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => Error.Headers;

    /// <summary>The decoded response body, at most <see cref="ApiError.MaxRawBodyLength"/> characters.</summary>
    public string RawBody => Error.RawBody;

    private static string MessageOf(ApiError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.BuildMessage();
    }
}
