using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Kumo.OpenApi.Runtime.Http;
using Microsoft.Extensions.Logging;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// The innermost handler of a registered client, run once per attempt: reads a JSON or text response body into
/// memory before the attempt ends, logs the attempt, and (only when enabled) the redacted bodies.
/// </summary>
/// <remarks>
/// Buffering here, inside the retry and the attempt timeout, is what makes a connection that drops in the middle of
/// a body, or a body that trickles in too slowly, an attempt failure that the resilience handler can retry (for
/// idempotent requests) instead of an error surfacing later while the generated client reads the body.
/// </remarks>
internal sealed class ApiClientAttemptHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly bool _logBodies;

    public ApiClientAttemptHandler(ILogger logger, bool logBodies)
    {
        _logger = logger;
        _logBodies = logBodies;
    }

    public override string ToString() => "ApiClientAttemptHandler";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        int attempt = AttemptCounter.Next(request);
        string method = request.Method.Method;
        string path = ApiRequestOptions.LoggedPath(request);
        ApiClientLog.AttemptStarting(_logger, method, path, attempt);
        if (_logBodies && attempt == 1 && request.Content is { } requestContent && IsTextual(requestContent.Headers.ContentType))
        {
            byte[] sent = await requestContent.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            ApiClientLog.RequestBody(_logger, method, path, BodyRedactor.Redact(sent));
        }

        long started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
            if (contentType is null || IsTextual(contentType))
            {
                // Binary bodies (downloads) stay streamed: the caller reads them at its own pace.
                await BufferAsync(response.Content, cancellationToken).ConfigureAwait(false);
            }

            ApiClientLog.AttemptCompleted(_logger, method, path, attempt, (int)response.StatusCode, ApiClientRequestHandler.ElapsedMilliseconds(started));
            if (_logBodies && IsTextual(response.Content.Headers.ContentType))
            {
                byte[] received = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                ApiClientLog.ResponseBody(_logger, method, path, (int)response.StatusCode, BodyRedactor.Redact(received));
            }

            return response;
        }
        catch (Exception ex)
        {
            response?.Dispose();
            ApiClientLog.AttemptFailed(_logger, method, path, attempt, ApiClientRequestHandler.ElapsedMilliseconds(started), ex.GetType().Name);
            throw;
        }
    }

    private static async Task BufferAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
#if NET9_0_OR_GREATER
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            // net8.0 has no cancellable overload: stop waiting on cancellation; the caller disposes the response, which ends the read.
            await content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
        }
        catch (IOException ex)
        {
            // The standard retry predicate treats HttpRequestException as transient; a bare IOException would not be.
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection failed while the response body was being read.", ex);
        }
    }

    private static bool IsTextual(MediaTypeHeaderValue? contentType)
    {
        string? mediaType = contentType?.MediaType;
        return mediaType is not null
            && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase));
    }
}
