using System;
using Microsoft.Extensions.Logging;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// The log lines of registered API clients (source-generated: no boxing or formatting when a level is off).
/// Paths are templates or paths without query strings; no header, token or password is ever a parameter.
/// </summary>
internal static partial class ApiClientLog
{
    /// <summary>The category prefix; the client name follows, as in <c>Kumo.OpenApi.Runtime.ApiClient.UpCloudClient</c>.</summary>
    internal const string CategoryPrefix = "Kumo.OpenApi.Runtime.ApiClient.";

    [LoggerMessage(EventId = 1, EventName = "RequestCompleted", Level = LogLevel.Information,
        Message = "HTTP {HttpMethod} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds} ms after {Attempts} attempt(s)")]
    public static partial void RequestCompleted(ILogger logger, string httpMethod, string pathTemplate, int statusCode, double elapsedMilliseconds, int attempts);

    [LoggerMessage(EventId = 2, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "HTTP {HttpMethod} {PathTemplate} failed after {ElapsedMilliseconds} ms and {Attempts} attempt(s): {ErrorType}")]
    public static partial void RequestFailed(ILogger logger, string httpMethod, string pathTemplate, double elapsedMilliseconds, int attempts, string errorType, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "AttemptStarting", Level = LogLevel.Debug,
        Message = "Sending HTTP {HttpMethod} {PathTemplate}, attempt {Attempt}")]
    public static partial void AttemptStarting(ILogger logger, string httpMethod, string pathTemplate, int attempt);

    [LoggerMessage(EventId = 4, EventName = "AttemptCompleted", Level = LogLevel.Debug,
        Message = "HTTP {HttpMethod} {PathTemplate} attempt {Attempt} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void AttemptCompleted(ILogger logger, string httpMethod, string pathTemplate, int attempt, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 5, EventName = "AttemptFailed", Level = LogLevel.Debug,
        Message = "HTTP {HttpMethod} {PathTemplate} attempt {Attempt} failed after {ElapsedMilliseconds} ms: {ErrorType}")]
    public static partial void AttemptFailed(ILogger logger, string httpMethod, string pathTemplate, int attempt, double elapsedMilliseconds, string errorType);

    [LoggerMessage(EventId = 6, EventName = "RequestBody", Level = LogLevel.Information,
        Message = "HTTP {HttpMethod} {PathTemplate} request body: {Body}")]
    public static partial void RequestBody(ILogger logger, string httpMethod, string pathTemplate, string body);

    [LoggerMessage(EventId = 7, EventName = "ResponseBody", Level = LogLevel.Information,
        Message = "HTTP {HttpMethod} {PathTemplate} response body ({StatusCode}): {Body}")]
    public static partial void ResponseBody(ILogger logger, string httpMethod, string pathTemplate, int statusCode, string body);

    [LoggerMessage(EventId = 8, EventName = "BasicAuthenticationInUse", Level = LogLevel.Warning,
        Message = "API client {ClientName} authenticates with HTTP Basic, which the API discourages and will deprecate; configure an API token instead")]
    public static partial void BasicAuthenticationInUse(ILogger logger, string clientName);
}
