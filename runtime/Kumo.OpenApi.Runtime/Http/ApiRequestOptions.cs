using System;
using System.Net.Http;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>
/// Per-request facts for the handlers in the pipeline: the operation and its path template, so logs can name
/// <c>/1.3/account/details/{username}</c> instead of a path holding user data. Generated clients send an
/// <see cref="ApiRequestMessage"/>, which carries both; hand-written requests can record them with
/// <see cref="SetOperation"/>.
/// </summary>
public static class ApiRequestOptions
{
    /// <summary>The operation's path template from the API description, for example <c>/1.3/account/tokens/{token-uuid}</c>.</summary>
    public static readonly HttpRequestOptionsKey<string> PathTemplate = new("Kumo.OpenApi.PathTemplate");

    /// <summary>The operation's <c>operationId</c> from the API description, for example <c>getToken</c>.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationId = new("Kumo.OpenApi.OperationId");

    /// <summary>Records the operation on a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="operationId">The <c>operationId</c>.</param>
    /// <param name="pathTemplate">The path template.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void SetOperation(HttpRequestMessage request, string operationId, string pathTemplate)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operationId);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        request.Options.Set(OperationId, operationId);
        request.Options.Set(PathTemplate, pathTemplate);
    }

    /// <summary>
    /// The path to put in logs: the recorded template when there is one, else the request's path without its query
    /// string (a query can carry data that does not belong in logs).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The template or the path; <c>/</c> when the request has no absolute URI.</returns>
    public static string LoggedPath(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is ApiRequestMessage apiRequest)
        {
            return apiRequest.PathTemplate;
        }

        if (request.Options.TryGetValue(PathTemplate, out string? template) && !string.IsNullOrEmpty(template))
        {
            return template;
        }

        return request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "/";
    }
}
