using System;
using System.ComponentModel;
using System.Net.Http;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>
/// The request a generated client sends: an <see cref="HttpRequestMessage"/> that carries its operation, so the
/// handlers in the pipeline can name it in logs without a per-request <see cref="HttpRequestMessage.Options"/>
/// dictionary (about 240 bytes a call).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiRequestMessage : HttpRequestMessage
{
    /// <summary>Creates a request for one operation.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="requestUri">The absolute request URI.</param>
    /// <param name="operationId">The operation's <c>operationId</c>.</param>
    /// <param name="pathTemplate">The operation's path template.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ApiRequestMessage(HttpMethod method, Uri requestUri, string operationId, string pathTemplate)
        : base(method, requestUri)
    {
        OperationId = operationId ?? throw new ArgumentNullException(nameof(operationId));
        PathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
    }

    /// <summary>The operation's <c>operationId</c> from the API description, for example <c>getToken</c>.</summary>
    public string OperationId { get; }

    /// <summary>The operation's path template from the API description, for example <c>/1.3/account/tokens/{token-uuid}</c>.</summary>
    public string PathTemplate { get; }
}
