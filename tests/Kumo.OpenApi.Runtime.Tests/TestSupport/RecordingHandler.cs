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

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(Record(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => Record(request);

    private HttpResponseMessage Record(HttpRequestMessage request)
    {
        string? authorization = request.Headers.NonValidated.TryGetValues("Authorization", out HeaderStringValues values)
            ? values.ToString()
            : null;
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, authorization));
        HttpResponseMessage response = _respond(request);
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization);
