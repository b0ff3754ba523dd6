using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Errors;

public sealed class ApiErrorFromResponseTests
{
    [Fact]
    public async Task Reads_status_reason_headers_and_body_of_a_recorded_problem()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            ReasonPhrase = "Not Found",
            Content = new StringContent(Bodies.Problem404Recorded, Encoding.UTF8, "application/problem+json"),
        };
        response.Content.Headers.ContentLanguage.Add("en");
        response.Headers.Add("Strict-Transport-Security", "max-age=63072000");
        response.Headers.Add("X-Multi", new[] { "a", "b" });

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found", error.ReasonPhrase);
        Assert.Equal("application/problem+json", error.ContentType);
        Assert.Equal("RESOURCE_NOT_FOUND", error.ErrorCode);
        Assert.Equal("01JY3V06MVWFHKM60ZYMHGE4C1", error.CorrelationId);
        Assert.Equal(Bodies.Problem404Recorded, error.RawBody);
        Assert.False(error.RawBodyTruncated);
        Assert.Equal(new[] { "en" }, error.Headers["content-language"]);
        Assert.Equal(new[] { "max-age=63072000" }, error.Headers["strict-transport-security"]);
        Assert.Equal(new[] { "a", "b" }, error.Headers["x-multi"]);
        Assert.StartsWith("application/problem+json", Assert.Single(error.Headers["Content-Type"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_recorded_legacy_body_with_its_recorded_headers()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new ByteArrayContent(Bodies.Utf8(Bodies.LegacyServerInvalid)),
        };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=UTF-8");
        response.Content.Headers.ContentLength = 117;
        response.Headers.TryAddWithoutValidation("Server", "Apache");

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal("application/json", error.ContentType);
        Assert.Equal("SERVER_INVALID", error.ErrorCode);
        Assert.Equal("The server UUID is invalid.", error.Title);
        Assert.Equal(new[] { "Apache" }, error.Headers["server"]);
        Assert.Equal(new[] { "117" }, error.Headers["Content-Length"]);
    }

    [Fact]
    public async Task Response_without_body_gives_empty_raw_body()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(string.Empty, error.RawBody);
        Assert.False(error.RawBodyTruncated);
        Assert.Equal("HTTP 502 Bad Gateway: the response body was not a recognized error document.", new ApiException(error).Message);
    }

    [Fact]
    public async Task Reads_at_most_one_mebibyte()
    {
        var stream = new EndlessStream((byte)'x');
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StreamContent(stream) };

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.True(error.RawBodyTruncated);
        Assert.Equal(ApiError.MaxRawBodyLength, error.RawBody.Length);
        Assert.InRange(stream.BytesRead, ApiError.MaxBodyBytes, ApiError.MaxBodyBytes + (64 * 1024));
    }

    [Fact]
    public async Task Body_of_exactly_the_read_limit_is_complete()
    {
        byte[] body = new byte[ApiError.MaxBodyBytes];
        Array.Fill(body, (byte)' ');
        Bodies.Utf8(Bodies.LegacyTagNotFound).CopyTo(body, 0);
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new ByteArrayContent(body) };

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal("TAG_NOT_FOUND", error.ErrorCode); // whole document read: trailing whitespace only
        Assert.True(error.RawBodyTruncated); // 1 MiB of text is more than MaxRawBodyLength chars
    }

    [Fact]
    public async Task Five_megabyte_body_is_bounded()
    {
        byte[] body = new byte[5 * 1024 * 1024];
        Array.Fill(body, (byte)'<');
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new ByteArrayContent(body) };

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.True(error.RawBodyTruncated);
        Assert.Equal(ApiError.MaxRawBodyLength, error.RawBody.Length);
        Assert.Null(error.ErrorCode);
    }

    public static TheoryData<string> Failures => new() { "io", "http" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Stream_failing_mid_read_gives_a_truncated_body(string kind)
    {
        Exception failure = kind == "io"
            ? new IOException("The response ended prematurely.")
            : new HttpRequestException("Error while copying content to a stream.");
        byte[] whole = Bodies.Utf8(Bodies.Problem400InvalidParams);
        byte[] half = whole[..(whole.Length / 2)];
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StreamContent(new FailingStream(half, failure)),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/problem+json");

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal(400, error.StatusCode);
        Assert.True(error.RawBodyTruncated);
        Assert.Equal(Encoding.UTF8.GetString(half), error.RawBody);
        Assert.Null(error.ErrorCode);
        Assert.Equal("application/problem+json", error.ContentType);
    }

    [Fact]
    public async Task Stream_failing_after_a_complete_document_still_gives_the_error()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StreamContent(new FailingStream(Bodies.Utf8(Bodies.LegacyTagNotFound), new IOException("reset"))),
        };

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal("TAG_NOT_FOUND", error.ErrorCode);
        Assert.True(error.RawBodyTruncated);
    }

    [Fact]
    public async Task Cancellation_is_propagated()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StreamContent(new EndlessStream(1)) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApiError.FromResponseAsync(response, cts.Token));
    }

    [Fact]
    public async Task Timeout_thrown_by_the_stream_is_propagated()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError)
        {
            Content = new StreamContent(new FailingStream(Bodies.Utf8("{\"er"), new TaskCanceledException("timed out"))),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApiError.FromResponseAsync(response, CancellationToken.None));
    }

    [Fact]
    public async Task Disposed_content_gives_an_error_instead_of_throwing()
    {
        var response = new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("x") };
        response.Dispose();

        ApiError error = await ApiError.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal(500, error.StatusCode);
        Assert.True(error.RawBodyTruncated);
    }

    [Fact]
    public async Task Null_response_is_rejected()
        => await Assert.ThrowsAsync<ArgumentNullException>(() => ApiError.FromResponseAsync(null!, CancellationToken.None));
}
