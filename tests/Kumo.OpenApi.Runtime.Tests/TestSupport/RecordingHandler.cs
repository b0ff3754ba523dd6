using System.Net;
using System.Net.Http.Headers;

namespace Kumo.OpenApi.Runtime.Tests.TestSupport;

/// <summary>A test double for the network: records what reaches it and answers with a canned response.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;

    public RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage>? respond = null)
    {
        _respond = respond ?? (_ => new HttpResponseMessage(HttpStatusCode.OK));
    }

    public List<RecordedRequest> Requests { get; } = new();

    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>How long the network takes to answer each request (0: at once); cancellation ends the wait.</summary>
    public TimeSpan Delay { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Delay > TimeSpan.Zero)
        {
            lock (Requests)
            {
                Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, null));
            }

            await Task.Delay(Delay, cancellationToken);
        }

        return Record(request);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => Record(request);

    private HttpResponseMessage Record(HttpRequestMessage request)
    {
        string? authorization = request.Headers.NonValidated.TryGetValues("Authorization", out HeaderStringValues values)
            ? values.ToString()
            : null;
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, authorization));
        }

        HttpResponseMessage response = _respond(request);
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization);
