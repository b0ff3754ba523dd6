using System.Net;
using System.Text;
using Kumo.OpenApi.Runtime.Http;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Errors;

/// <summary>A success status whose body is not the model gives ApiDeserializationException carrying the body.</summary>
public sealed class ReadJsonTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"account\": {\"username\": \"kumo\",, }", "malformed")]
    [InlineData("{\"account\": {\"usern", "truncated")]
    [InlineData("[1, 2, 3]", "wrong shape")]
    [InlineData("<html><body>Bad Gateway</body></html>", "html")]
    [InlineData("{\"account\": {\"username\": \"kumo\"}} trailing", "trailing content")]
    public async Task Unreadable_success_body_gives_a_deserialization_exception_with_the_body(string body, string reason)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            ReasonPhrase = reason,
        };

        var exception = await Assert.ThrowsAsync<ApiDeserializationException>(() =>
            ApiHttp.ReadJsonAsync(response, MiniClient.ReadUsername, "AccountResponse", CancellationToken.None));

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal("AccountResponse", exception.ExpectedType);
        Assert.Equal(body, exception.RawBody);
        Assert.Contains("could not be read as AccountResponse", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ApiException>(exception);
    }

    [Fact]
    public async Task A_token_in_an_unreadable_success_body_stays_out_of_the_message()
    {
        string token = TestTokens.New();
        using var response = new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent("{\"token\":\"" + token + "\",\"id\":", Encoding.UTF8, "application/json"),
        };

        var exception = await Assert.ThrowsAsync<ApiDeserializationException>(() =>
            ApiHttp.ReadJsonAsync(response, MiniClient.ReadUsername, "Token", CancellationToken.None));

        Assert.DoesNotContain(token, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, exception.ToString(), StringComparison.Ordinal);
        Assert.Contains(token, exception.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undocumented_error_status_gives_the_base_type_with_the_body()
    {
        using var response = new HttpResponseMessage((HttpStatusCode)418)
        {
            Content = new StringContent("I'm a teapot", Encoding.UTF8, "text/plain"),
        };

        ApiError error = await ApiHttp.ReadErrorAsync(response, CancellationToken.None);
        var exception = new ApiException(error);

        Assert.Equal(418, exception.StatusCode);
        Assert.Equal("I'm a teapot", exception.RawBody);
        Assert.Null(exception.ErrorCode);
    }
}
