using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kumo.OpenApi.Runtime.Http;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>Takes the standard resilience handler's place when it is turned off: only the total timeout remains.</summary>
internal sealed class TotalTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;

    public TotalTimeoutHandler(TimeSpan timeout)
    {
        _timeout = timeout;
    }

    public override string ToString() => "TotalTimeoutHandler";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            return await base.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"HTTP {request.Method.Method} {ApiRequestOptions.LoggedPath(request)} did not complete within {_timeout.ToString("c", CultureInfo.InvariantCulture)}.", ex);
        }
    }
}

/// <summary>Stands where the authentication handler would be for a client configured with <see cref="ApiClientOptions.AllowAnonymous"/>.</summary>
internal sealed class AnonymousHandler : DelegatingHandler
{
    public override string ToString() => "AnonymousHandler";
}
