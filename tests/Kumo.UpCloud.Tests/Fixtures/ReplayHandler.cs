using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Kumo.UpCloud.Tests.Fixtures;

/// <summary>Answers one request with a recorded response and keeps what the client sent.</summary>
internal sealed class ReplayHandler(RecordedResponse response) : HttpMessageHandler
{
    public HttpRequestMessage? Request { get; private set; }

    public string? SentBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        SentBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        HttpResponseMessage message = new((HttpStatusCode)response.Code)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(response.Body)),
            RequestMessage = request,
        };
        foreach ((string name, List<string> values) in response.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(values[0]);
            }
            else if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return message;
    }
}
