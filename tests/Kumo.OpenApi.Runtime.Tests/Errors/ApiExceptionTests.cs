using System.Text.Json;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Errors;

public sealed class ApiExceptionTests
{
    private const string Secret = "ucat_01JFJ0HDPBXE0DJBP9DXNBEGGP";

    [Fact]
    public void Exposes_the_error_through_its_properties()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>> { ["Content-Language"] = new[] { "en" } };
        ApiError error = ApiError.Parse(400, "application/problem+json", Bodies.Utf8(Bodies.Problem400InvalidParams), headers);

        var exception = new ApiException(error);

        Assert.Same(error, exception.Error);
        Assert.Equal(400, exception.StatusCode);
        Assert.Equal("BAD_REQUEST", exception.ErrorCode);
        Assert.Equal("Bad request.", exception.Title);
        Assert.Equal("Invalid parameters.", exception.Detail);
        Assert.Equal("01JQV2ETY2K6HHE1KZFY9E1CYC", exception.CorrelationId);
        Assert.Equal("expires_at", Assert.Single(exception.InvalidParams).Name);
        Assert.Equal(new[] { "en" }, exception.Headers["CONTENT-LANGUAGE"]);
        Assert.Equal(Bodies.Problem400InvalidParams, exception.RawBody);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public void Custom_message_and_inner_exception_are_kept()
    {
        ApiError error = ApiError.Parse(409, null, Bodies.Utf8("{\"error\":{\"error_code\":\"TAG_EXISTS\",\"error_message\":\"exists\"}}"));
        var inner = new InvalidOperationException("inner");

        var exception = new ApiException(error, "Creating the tag failed.", inner);

        Assert.Equal("Creating the tag failed.", exception.Message);
        Assert.Same(inner, exception.InnerException);
        Assert.Equal("TAG_EXISTS", exception.ErrorCode);
        Assert.Equal("HTTP 409 (TAG_EXISTS): exists.", new ApiException(error, null, inner).Message);
    }

    [Fact]
    public void Null_error_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new ApiException(null!));
        Assert.Throws<ArgumentNullException>(() => new ApiException(null!, "m", null));
        Assert.Throws<ArgumentNullException>(() => new ApiDeserializationException(null!, "Account", null));
    }

    [Fact]
    public void Header_values_never_reach_the_message_or_ToString()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Set-Cookie"] = new[] { "session=" + Secret },
            ["WWW-Authenticate"] = new[] { "Bearer realm=\"" + Secret + "\"" },
            ["X-Echo-Authorization"] = new[] { "Bearer " + Secret },
        };

        foreach (string body in new[] { Bodies.LegacyAuthenticationFailed, Bodies.HtmlBadGateway, "" })
        {
            ApiError error = ApiError.Parse(401, "application/json", Bodies.Utf8(body), headers, "Unauthorized");
            var exception = new ApiException(error);

            Assert.Equal("Bearer " + Secret, exception.Headers["x-echo-authorization"][0]); // kept for the caller...
            Assert.DoesNotContain(Secret, exception.Message, StringComparison.Ordinal); // ...but never shown
            Assert.DoesNotContain(Secret, exception.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deserialization_exception_names_the_expected_type_and_the_cause()
    {
        byte[] body = Bodies.Utf8("{\"account\":{\"credits\":");
        ApiError error = ApiError.Parse(200, "application/json", body);
        JsonException inner = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));

        var exception = new ApiDeserializationException(error, "AccountResponse", inner);

        Assert.IsAssignableFrom<ApiException>(exception);
        Assert.Equal("AccountResponse", exception.ExpectedType);
        Assert.Equal(200, exception.StatusCode);
        Assert.Same(inner, exception.InnerException);
        Assert.Equal("{\"account\":{\"credits\":", exception.RawBody);
        Assert.Equal($"The HTTP 200 response body could not be read as AccountResponse: {inner.Message}", exception.Message);
    }

    [Fact]
    public void Deserialization_exception_without_inner_exception_has_a_complete_sentence()
    {
        var exception = new ApiDeserializationException(ApiError.Parse(201, null, default), "Token", null);

        Assert.Equal("The HTTP 201 response body could not be read as Token.", exception.Message);
        Assert.Throws<ArgumentNullException>(() => new ApiDeserializationException(ApiError.Parse(200, null, default), null!, null));
    }
}
