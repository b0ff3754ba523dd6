using System;
using System.Globalization;

namespace Kumo.OpenApi.Runtime;

/// <summary>
/// Thrown by generated clients when the API answered with a success status but the body could not be read into the
/// expected model (malformed JSON, a missing required member, a value of the wrong type…).
/// </summary>
public sealed class ApiDeserializationException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The response, read as an <see cref="ApiError"/> (status, headers, raw body).</param>
    /// <param name="expectedType">The name of the model the body should have been read as.</param>
    /// <param name="innerException">The exception thrown while reading the body, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> or <paramref name="expectedType"/> is <see langword="null"/>.</exception>
    public ApiDeserializationException(ApiError error, string expectedType, Exception? innerException)
        : base(error, MessageOf(error, expectedType, innerException), innerException)
    {
        ExpectedType = expectedType;
    }

    /// <summary>The name of the model the body should have been read as.</summary>
    public string ExpectedType { get; }

    private static string MessageOf(ApiError error, string expectedType, Exception? innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(expectedType);
        string status = error.StatusCode.ToString(CultureInfo.InvariantCulture);
        return innerException is null || string.IsNullOrEmpty(innerException.Message)
            ? $"The HTTP {status} response body could not be read as {expectedType}."
            : $"The HTTP {status} response body could not be read as {expectedType}: {innerException.Message}";
    }
}
