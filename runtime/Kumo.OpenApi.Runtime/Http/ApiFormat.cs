using System;
using System.ComponentModel;
using System.Globalization;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>
/// The text form of a scalar parameter value, as query strings and multipart text parts carry it: invariant culture,
/// round-trippable numbers, RFC 3339 dates; null stays null so the caller can leave the value out.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiFormat
{
    /// <summary>Formats a boolean as <c>true</c>/<c>false</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(bool? value) => value is null ? null : value.Value ? "true" : "false";

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number so that it reads back to the same value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a number so that it reads back to the same value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(float? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal number.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time in RFC 3339 form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a UUID with hyphens.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(Guid? value) => value?.ToString("D");

    /// <summary>Formats a full date (yyyy-MM-dd).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a URI as given.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(Uri? value) => value?.OriginalString;

    /// <summary>Formats bytes as base64.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(byte[]? value) => value is null ? null : Convert.ToBase64String(value);

    /// <summary>Returns the text itself.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Text(string? value) => value;
}
