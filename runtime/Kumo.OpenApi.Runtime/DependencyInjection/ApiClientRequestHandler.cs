using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kumo.OpenApi.Runtime.Http;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// The outermost handler of a registered client: one log line per call (all attempts together), and timeouts as
/// <see cref="TimeoutException"/> whether the standard resilience handler or the plain total timeout fired.
/// </summary>
internal sealed class ApiClientRequestHandler : DelegatingHandler
{
    private readonly ILogger _logger;

    public ApiClientRequestHandler(ILogger logger)
    {
        _logger = logger;
    }

    public override string ToString() => "ApiClientRequestHandler";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = Stopwatch.GetTimestamp();
        string method = request.Method.Method;
        string path = ApiRequestOptions.LoggedPath(request);
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            ApiClientLog.RequestCompleted(_logger, method, path, (int)response.StatusCode, ElapsedMilliseconds(started), AttemptCounter.Get(request));
            return response;
        }
        catch (TimeoutRejectedException ex)
        {
            var timeout = new TimeoutException(
                $"HTTP {method} {path} did not complete within {ex.Timeout.ToString("c", CultureInfo.InvariantCulture)}.", ex);
            LogFailure(request, method, path, started, timeout);
            throw timeout;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailure(request, method, path, started, ex);
            throw;
        }
    }

    private void LogFailure(HttpRequestMessage request, string method, string path, long started, Exception exception) =>
        ApiClientLog.RequestFailed(_logger, method, path, ElapsedMilliseconds(started), AttemptCounter.Get(request), exception.GetType().Name, exception);

    internal static double ElapsedMilliseconds(long started) =>
        Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
}

/// <summary>Counts the attempts of one request across the resilience handler's retries.</summary>
internal static class AttemptCounter
{
    private static readonly HttpRequestOptionsKey<int> Key = new("Kumo.OpenApi.Attempt");

    public static int Next(HttpRequestMessage request)
    {
        int attempt = Get(request) + 1;
        request.Options.Set(Key, attempt);
        return attempt;
    }

    public static int Get(HttpRequestMessage request) => request.Options.TryGetValue(Key, out int attempt) ? attempt : 0;
}
