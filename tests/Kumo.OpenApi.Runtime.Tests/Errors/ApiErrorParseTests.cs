using System.Text;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Errors;

public sealed class ApiErrorParseTests
{
    [Fact]
    public void Legacy_recorded_pretty_printed_body_is_read()
    {
        byte[] body = Bodies.Utf8(Bodies.LegacyServerInvalid);
        Assert.Equal(117, body.Length); // the recorded Content-Length: the fixture is verbatim

        ApiError error = ApiError.Parse(400, "application/json; charset=UTF-8", body, reasonPhrase: "Bad Request");

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Bad Request", error.ReasonPhrase);
        Assert.Equal("application/json", error.ContentType);
        Assert.Equal("SERVER_INVALID", error.ErrorCode);
        Assert.Equal("The server UUID is invalid.", error.Title);
        Assert.Null(error.Detail);
        Assert.Null(error.ProblemType);
        Assert.Null(error.CorrelationId);
        Assert.Empty(error.InvalidParams);
        Assert.Empty(error.Headers);
        Assert.Equal(Bodies.LegacyServerInvalid, error.RawBody);
        Assert.False(error.RawBodyTruncated);
        Assert.Equal("HTTP 400 (SERVER_INVALID): The server UUID is invalid.", new ApiException(error).Message);
    }

    [Fact]
    public void Problem_with_invalid_params_from_the_specification_is_read()
    {
        ApiError error = ApiError.Parse(400, "application/problem+json", Bodies.Utf8(Bodies.Problem400InvalidParams));

        Assert.Equal("BAD_REQUEST", error.ErrorCode);
        Assert.Equal("Bad request.", error.Title);
        Assert.Equal("Invalid parameters.", error.Detail);
        Assert.Equal("https://developers.upcloud.com/1.3/errors#ERROR_BAD_REQUEST", error.ProblemType);
        Assert.Equal("01JQV2ETY2K6HHE1KZFY9E1CYC", error.CorrelationId);
        ApiInvalidParam parameter = Assert.Single(error.InvalidParams);
        Assert.Equal(new ApiInvalidParam("expires_at", "Token expiration time must be in the future."), parameter);
        Assert.Equal("application/problem+json", error.ContentType);
        Assert.Equal(
            "HTTP 400 (BAD_REQUEST): Bad request. Detail: Invalid parameters. Correlation id: 01JQV2ETY2K6HHE1KZFY9E1CYC. "
            + "Invalid parameters: expires_at: Token expiration time must be in the future.",
            new ApiException(error).Message);
    }

    [Fact]
    public void Recorded_problem_404_gives_the_fragment_without_ERROR_prefix()
    {
        ApiError error = ApiError.Parse(404, "application/problem+json", Bodies.Utf8(Bodies.Problem404Recorded));

        Assert.Equal("RESOURCE_NOT_FOUND", error.ErrorCode);
        Assert.Equal("Service not found.", error.Title);
        Assert.Null(error.Detail);
        Assert.Equal("https://developers.upcloud.com/1.3/errors#ERROR_RESOURCE_NOT_FOUND", error.ProblemType);
        Assert.Equal("01JY3V06MVWFHKM60ZYMHGE4C1", error.CorrelationId);
        Assert.Empty(error.InvalidParams);
        Assert.Equal(
            "HTTP 404 (RESOURCE_NOT_FOUND): Service not found. Correlation id: 01JY3V06MVWFHKM60ZYMHGE4C1.",
            new ApiException(error).Message);
    }

    [Fact]
    public void Problem_fragment_without_ERROR_prefix_is_kept_whole()
    {
        ApiError error = ApiError.Parse(401, "application/problem+json", Bodies.Utf8(Bodies.Problem401Kubernetes));

        Assert.Equal("AUTHENTICATION_FAILED", error.ErrorCode);
        Assert.Equal("Authentication failed using the given username and password.", error.Title);
        Assert.Equal("01GSCRT0RDS9EB2HMMMP5550ZR", error.CorrelationId);
    }

    [Fact]
    public void Legacy_authentication_failure_gives_the_documented_message()
    {
        ApiError error = ApiError.Parse(401, "application/json", Bodies.Utf8(Bodies.LegacyAuthenticationFailed), reasonPhrase: "Authorization Required");

        Assert.Equal(
            "HTTP 401 (AUTHENTICATION_FAILED): Authentication failed using the given username and password.",
            new ApiException(error).Message);
    }

    [Fact]
    public void Legacy_body_sent_as_problem_json_is_read_by_its_shape()
    {
        ApiError error = ApiError.Parse(401, "application/problem+json", Bodies.Utf8(Bodies.LegacyAuthenticationRequired));

        Assert.Equal("application/problem+json", error.ContentType);
        Assert.Equal("AUTHENTICATION_REQUIRED", error.ErrorCode);
        Assert.Equal("The use of this API requires authentication. Create your account at https://www.upcloud.com/.", error.Title);
        Assert.Null(error.ProblemType);
        Assert.Null(error.CorrelationId);
    }

    [Fact]
    public void Problem_body_sent_as_plain_json_is_read_by_its_shape()
    {
        ApiError error = ApiError.Parse(404, "application/json", Bodies.Utf8(Bodies.Problem404Recorded));

        Assert.Equal("RESOURCE_NOT_FOUND", error.ErrorCode);
    }

    [Fact]
    public void Body_without_content_type_is_still_read()
    {
        ApiError error = ApiError.Parse(404, null, Bodies.Utf8(Bodies.LegacyTagNotFound));

        Assert.Null(error.ContentType);
        Assert.Equal("TAG_NOT_FOUND", error.ErrorCode);
        Assert.Equal("The tag testTag does not exist.", error.Title);
    }

    [Theory]
    [InlineData("https://developers.upcloud.com/1.3/errors#ERROR_NOT_FOUND", "NOT_FOUND")]
    [InlineData("https://developers.upcloud.com/1.3/errors#ERROR_SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE")]
    [InlineData("https://developers.upcloud.com/1.3/errors#INTERNAL_SERVER_ERROR", "INTERNAL_SERVER_ERROR")]
    [InlineData("https://developers.upcloud.com/1.3/errors#AUTHENTICATION_FAILED", "AUTHENTICATION_FAILED")]
    [InlineData("SERVER_INVALID", "SERVER_INVALID")]
    [InlineData("ERROR_NOT_FOUND", "ERROR_NOT_FOUND")]
    [InlineData("/1.3/errors#ERROR_NOT_FOUND", "/1.3/errors#ERROR_NOT_FOUND")]
    [InlineData("about:blank", null)]
    [InlineData("https://developers.upcloud.com/1.3/errors", null)]
    [InlineData("https://developers.upcloud.com/1.3/errors#", null)]
    [InlineData("https://developers.upcloud.com/1.3/errors#ERROR_", null)]
    public void Error_code_follows_the_Go_SDK_rule(string type, string? expected)
    {
        Assert.Equal(expected, ApiError.ErrorCodeFromProblemType(type));

        byte[] body = Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"title\":\"T\",\"status\":400}}");
        ApiError error = ApiError.Parse(400, "application/problem+json", body);
        Assert.Equal(expected, error.ErrorCode);
        Assert.Equal(type, error.ProblemType);
    }

    [Fact]
    public void Html_page_keeps_the_raw_body_and_gives_the_generic_message()
    {
        ApiError error = ApiError.Parse(502, "text/html", Bodies.Utf8(Bodies.HtmlBadGateway), reasonPhrase: "Bad Gateway");

        AssertUnrecognized(error, 502);
        Assert.Equal("text/html", error.ContentType);
        Assert.Equal(Bodies.HtmlBadGateway, error.RawBody);
        Assert.False(error.RawBodyTruncated);
        Assert.Equal("HTTP 502 Bad Gateway: the response body was not a recognized error document.", new ApiException(error).Message);
    }

    [Fact]
    public void Html_page_sent_as_json_is_not_recognized()
    {
        ApiError error = ApiError.Parse(503, "application/json", Bodies.Utf8(Bodies.HtmlBadGateway));

        AssertUnrecognized(error, 503);
        Assert.Equal("HTTP 503: the response body was not a recognized error document.", new ApiException(error).Message);
    }

    [Fact]
    public void Empty_body_gives_empty_raw_body()
    {
        ApiError error = ApiError.Parse(500, "application/json", ReadOnlySpan<byte>.Empty, reasonPhrase: "Internal Server Error");

        AssertUnrecognized(error, 500);
        Assert.Equal(string.Empty, error.RawBody);
        Assert.False(error.RawBodyTruncated);
        Assert.Equal("HTTP 500 Internal Server Error: the response body was not a recognized error document.", error.ToString());
    }

    [Fact]
    public void Truncated_json_keeps_the_raw_body()
    {
        string cut = Bodies.Problem404Recorded[..(Bodies.Problem404Recorded.Length / 2)];

        ApiError error = ApiError.Parse(404, "application/problem+json", Bodies.Utf8(cut));

        AssertUnrecognized(error, 404);
        Assert.Equal(cut, error.RawBody);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"error\":{\"error_code\":\"X\"}}]")]
    [InlineData("{\"error\":\"x\"}")]
    [InlineData("{\"error\":{}}")]
    [InlineData("{\"error\":{\"error_code\":5,\"error_message\":null}}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":null,\"title\":[\"x\"]}")]
    [InlineData("{\"status\":404}")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("\"SERVER_INVALID\"")]
    [InlineData("42")]
    [InlineData("{\"title\":\"\"}")]
    [InlineData("{\"error\":{\"error_code\":\"X\"}} {\"error\":{\"error_code\":\"Y\"}}")]
    [InlineData("{\"error\":{\"error_code\":\"X\"}} trailing")]
    public void Json_of_another_shape_is_not_recognized(string body)
    {
        ApiError error = ApiError.Parse(400, "application/json", Bodies.Utf8(body));

        AssertUnrecognized(error, 400);
        Assert.Equal(body, error.RawBody);
    }

    [Fact]
    public void Five_megabyte_body_is_cut_in_the_raw_body()
    {
        byte[] body = new byte[5 * 1024 * 1024];
        Array.Fill(body, (byte)'a');

        ApiError error = ApiError.Parse(500, "text/plain", body);

        AssertUnrecognized(error, 500);
        Assert.Equal(ApiError.MaxRawBodyLength, error.RawBody.Length);
        Assert.Equal(new string('a', ApiError.MaxRawBodyLength), error.RawBody);
        Assert.True(error.RawBodyTruncated);
    }

    [Fact]
    public void Five_megabyte_problem_is_read_and_its_message_stays_short()
    {
        string detail = new('d', 5 * 1024 * 1024);
        byte[] body = Bodies.Utf8("{\"type\":\"https://developers.upcloud.com/1.3/errors#ERROR_BAD_REQUEST\",\"title\":\"Bad request.\",\"detail\":\"" + detail + "\",\"status\":400}");

        ApiError error = ApiError.Parse(400, "application/problem+json", body);

        Assert.Equal("BAD_REQUEST", error.ErrorCode);
        Assert.Equal(detail, error.Detail);
        Assert.True(error.RawBodyTruncated);
        Assert.Equal(ApiError.MaxRawBodyLength, error.RawBody.Length);
        string message = new ApiException(error).Message;
        Assert.StartsWith("HTTP 400 (BAD_REQUEST): Bad request. Detail: dddd", message, StringComparison.Ordinal);
        Assert.True(message.Length < 2000, $"message length {message.Length}");
    }

    [Fact]
    public void Body_exactly_at_the_limit_is_not_truncated()
    {
        string text = new('x', ApiError.MaxRawBodyLength);

        ApiError error = ApiError.Parse(500, null, Bodies.Utf8(text));

        Assert.Equal(text, error.RawBody);
        Assert.False(error.RawBodyTruncated);
        Assert.True(ApiError.Parse(500, null, Bodies.Utf8(text + "x")).RawBodyTruncated);
    }

    [Fact]
    public void Multi_byte_text_is_decoded_and_never_cut_inside_a_surrogate_pair()
    {
        string twoByte = string.Concat(Enumerable.Repeat("é", 40000));
        ApiError notCut = ApiError.Parse(500, null, Bodies.Utf8(twoByte));
        Assert.Equal(twoByte, notCut.RawBody);
        Assert.False(notCut.RawBodyTruncated);

        string emoji = string.Concat(Enumerable.Repeat("\U0001F600", 40000)); // 80,000 chars
        ApiError cut = ApiError.Parse(500, null, Bodies.Utf8(emoji));
        Assert.True(cut.RawBodyTruncated);
        Assert.True(cut.RawBody.Length <= ApiError.MaxRawBodyLength);
        Assert.True(cut.RawBody.Length >= ApiError.MaxRawBodyLength - 1);
        Assert.False(char.IsHighSurrogate(cut.RawBody[^1]));
        Assert.StartsWith(cut.RawBody, emoji, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters()
    {
        byte[] body = { (byte)'{', 0xFF, 0xFE, (byte)'}', 0xC3 };

        ApiError error = ApiError.Parse(400, "application/json", body);

        AssertUnrecognized(error, 400);
        Assert.Equal("{\uFFFD\uFFFD}\uFFFD", error.RawBody);
    }

    [Fact]
    public void Byte_order_mark_is_skipped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Bodies.Utf8(Bodies.LegacyTagNotFound)];

        ApiError error = ApiError.Parse(404, "application/json; charset=UTF-8", body);

        Assert.Equal("TAG_NOT_FOUND", error.ErrorCode);
        Assert.Equal(Bodies.LegacyTagNotFound, error.RawBody);
    }

    [Fact]
    public void Escaped_lone_surrogate_does_not_throw()
    {
        byte[] body = Bodies.Utf8("{\"type\":\"https://developers.upcloud.com/1.3/errors#ERROR_NOT_FOUND\",\"title\":\"\\ud800\",\"detail\":\"ok\",\"status\":404}");

        ApiError error = ApiError.Parse(404, "application/problem+json", body);

        Assert.Equal("NOT_FOUND", error.ErrorCode);
        Assert.Null(error.Title);
        Assert.Equal("ok", error.Detail);
    }

    [Fact]
    public void Deeply_nested_json_does_not_throw()
    {
        string body = new string('[', 100_000) + new string(']', 100_000);
        ApiError array = ApiError.Parse(400, "application/json", Bodies.Utf8(body));
        AssertUnrecognized(array, 400);

        var nested = new StringBuilder("{\"type\":\"X\",\"extra\":");
        for (int i = 0; i < 10_000; i++)
        {
            nested.Append("{\"a\":");
        }

        ApiError obj = ApiError.Parse(400, "application/json", Bodies.Utf8(nested.ToString()));
        AssertUnrecognized(obj, 400);
    }

    [Fact]
    public void Malformed_invalid_params_entries_are_skipped()
    {
        byte[] body = Bodies.Utf8(
            "{\"type\":\"https://developers.upcloud.com/1.3/errors#ERROR_BAD_REQUEST\",\"title\":\"Bad request.\",\"status\":400,"
            + "\"invalid_params\":[5,null,{},{\"name\":\"name\"},{\"reason\":\"Too long.\"},{\"name\":7,\"reason\":\"x\"},{\"name\":\"a\",\"reason\":\"b\"}]}");

        ApiError error = ApiError.Parse(400, "application/problem+json", body);

        Assert.Equal(
            new[] { new ApiInvalidParam("name", ""), new ApiInvalidParam("", "Too long."), new ApiInvalidParam("", "x"), new ApiInvalidParam("a", "b") },
            error.InvalidParams);
    }

    [Fact]
    public void Json_comments_and_trailing_commas_are_tolerated()
    {
        byte[] body = Bodies.Utf8("// proxy note\n{\"error\":{\"error_code\":\"TAG_EXISTS\",\"error_message\":\"exists\",},}");

        Assert.Equal("TAG_EXISTS", ApiError.Parse(409, "application/json", body).ErrorCode);
    }

    [Fact]
    public void Headers_are_copied_with_case_insensitive_names()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Content-Language"] = new[] { "en" },
            ["Strict-Transport-Security"] = new[] { "max-age=63072000" },
        };

        ApiError error = ApiError.Parse(404, "application/problem+json", Bodies.Utf8(Bodies.Problem404Recorded), headers);
        headers["Content-Language"] = new[] { "fi" }; // a copy was taken

        Assert.Equal(new[] { "en" }, error.Headers["content-language"]);
        Assert.Equal(new[] { "max-age=63072000" }, error.Headers["STRICT-TRANSPORT-SECURITY"]);
        Assert.False(error.Headers.ContainsKey("Content-Type"));
    }

    [Fact]
    public void Content_type_is_reduced_to_the_media_type()
    {
        Assert.Equal("application/json", ApiError.Parse(400, " Application/JSON ; charset=UTF-8", default).ContentType);
        Assert.Null(ApiError.Parse(400, "", default).ContentType);
        Assert.Null(ApiError.Parse(400, "; charset=utf-8", default).ContentType);
    }

    [Fact]
    public void Server_text_with_control_characters_stays_on_one_line_in_the_message()
    {
        byte[] body = Bodies.Utf8("{\"error\":{\"error_code\":\"X\",\"error_message\":\"line one\\r\\nInjected: line two\"}}");

        string message = new ApiException(ApiError.Parse(400, null, body)).Message;

        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.Equal("HTTP 400 (X): line one  Injected: line two.", message);
    }

    internal static void AssertUnrecognized(ApiError error, int statusCode)
    {
        Assert.Equal(statusCode, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Null(error.Title);
        Assert.Null(error.Detail);
        Assert.Null(error.ProblemType);
        Assert.Null(error.CorrelationId);
        Assert.NotNull(error.InvalidParams);
        Assert.Empty(error.InvalidParams);
        Assert.NotNull(error.Headers);
        Assert.NotNull(error.RawBody);
        Assert.EndsWith(": the response body was not a recognized error document.", new ApiException(error).Message, StringComparison.Ordinal);
    }
}
