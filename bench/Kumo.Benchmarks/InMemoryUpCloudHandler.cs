using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.Benchmarks;

/// <summary>
/// The transport both clients share: answers the UpCloud routes from recorded bodies without a socket, the way
/// SocketsHttpHandler hands a response to the client (a new response with a byte content per request). It also
/// serializes the request content, as a transport has to, so a client cannot gain by building it lazily.
/// </summary>
internal sealed class InMemoryUpCloudHandler : HttpMessageHandler
{
    private const string TokensPath = "/1.3/account/tokens";
    private static readonly byte[] s_notFound = "{\"error\":{\"error_code\":\"NOT_FOUND\",\"error_message\":\"No such route in the benchmark.\"}}"u8.ToArray();

    private readonly RecordedBodies _bodies;

    public InMemoryUpCloudHandler(RecordedBodies bodies) => _bodies = bodies;

    /// <summary>When set (never while measuring), the last request's body is kept here for the setup's checks.</summary>
    public MemoryStream? CapturedRequestBody { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            Stream target = CapturedRequestBody ?? Stream.Null;
            CapturedRequestBody?.SetLength(0);
            await request.Content.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        (HttpStatusCode status, byte[] body) = Route(request.Method, request.RequestUri!.AbsolutePath);
        ByteArrayContent content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return new HttpResponseMessage(status) { Content = content, RequestMessage = request };
    }

    private (HttpStatusCode Status, byte[] Body) Route(HttpMethod method, string path)
    {
        if (method == HttpMethod.Get && path == "/1.3/account")
        {
            return (HttpStatusCode.OK, _bodies.Account);
        }

        if (path == TokensPath)
        {
            return method == HttpMethod.Post ? (HttpStatusCode.Created, _bodies.CreatedToken) : (HttpStatusCode.OK, _bodies.TokenList);
        }

        if (method == HttpMethod.Get && path.StartsWith(TokensPath + "/", StringComparison.Ordinal))
        {
            return (HttpStatusCode.OK, _bodies.Token);
        }

        return (HttpStatusCode.NotFound, s_notFound);
    }
}
