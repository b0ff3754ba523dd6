using System.Net;
using System.Text;

namespace Kumo.UpCloud.Cli.Tests.Infrastructure;

// Answers every request with one canned response: for API answers the emulator never gives
// (a 400 with invalid_params, an HTML error page from a proxy).
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly string _contentType;
    private readonly string _body;

    public StubHandler(HttpStatusCode status, string contentType, string body)
    {
        _status = status;
        _contentType = contentType;
        _body = body;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(_status)
        {
            Content = new StringContent(_body, Encoding.UTF8, _contentType),
            RequestMessage = request,
        });
}
