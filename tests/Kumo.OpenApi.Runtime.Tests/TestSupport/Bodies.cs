using System.Text;

namespace Kumo.OpenApi.Runtime.Tests.TestSupport;

/// <summary>Error bodies recorded from, or published by, the UpCloud API 1.3 (see shared/reference/upcloud-api-facts.md §3).</summary>
internal static class Bodies
{
    /// <summary>errorhandling.yaml (upcloud-go-api fixture): 400, application/json; charset=UTF-8, Content-Length 117, pretty-printed with " : ".</summary>
    public const string LegacyServerInvalid =
        "{\n   \"error\" : {\n      \"error_code\" : \"SERVER_INVALID\",\n      \"error_message\" : \"The server UUID is invalid.\"\n   }\n}\n";

    /// <summary>createtag.yaml (upcloud-go-api fixture): 404 legacy body.</summary>
    public const string LegacyTagNotFound =
        "{\"error\":{\"error_code\":\"TAG_NOT_FOUND\",\"error_message\":\"The tag testTag does not exist.\"}}";

    /// <summary>Third-party live probe: 401 without credentials, legacy body sent as application/problem+json.</summary>
    public const string LegacyAuthenticationRequired =
        "{\"error\":{\"error_code\":\"AUTHENTICATION_REQUIRED\",\"error_message\":\"The use of this API requires authentication. Create your account at https://www.upcloud.com/.\"}}";

    /// <summary>Legacy 401 with the capitalised message quoted by several test suites.</summary>
    public const string LegacyAuthenticationFailed =
        "{\"error\":{\"error_code\":\"AUTHENTICATION_FAILED\",\"error_message\":\"Authentication failed using the given username and password.\"}}";

    /// <summary>OpenAPI document, accountTokensProblem400 example.</summary>
    public const string Problem400InvalidParams =
        "{\"type\":\"https://developers.upcloud.com/1.3/errors#ERROR_BAD_REQUEST\",\"title\":\"Bad request.\",\"detail\":\"Invalid parameters.\",\"invalid_params\":[{\"name\":\"expires_at\",\"reason\":\"Token expiration time must be in the future.\"}],\"correlation_id\":\"01JQV2ETY2K6HHE1KZFY9E1CYC\",\"status\":400}";

    /// <summary>loadbalancer.yaml (upcloud-go-api fixture, 2025-06-19): 404 application/problem+json, Content-Language: en.</summary>
    public const string Problem404Recorded =
        "{\"correlation_id\":\"01JY3V06MVWFHKM60ZYMHGE4C1\",\"status\":404,\"title\":\"Service not found.\",\"type\":\"https://developers.upcloud.com/1.3/errors#ERROR_RESOURCE_NOT_FOUND\"}";

    /// <summary>OpenAPI document, kubernetes 401 example: the fragment has no ERROR_ prefix.</summary>
    public const string Problem401Kubernetes =
        "{\"type\":\"https://developers.upcloud.com/1.3/errors#AUTHENTICATION_FAILED\",\"title\":\"Authentication failed using the given username and password.\",\"correlation_id\":\"01GSCRT0RDS9EB2HMMMP5550ZR\",\"status\":401}";

    public const string HtmlBadGateway =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    public static readonly string[] All =
    {
        LegacyServerInvalid, LegacyTagNotFound, LegacyAuthenticationRequired, LegacyAuthenticationFailed,
        Problem400InvalidParams, Problem404Recorded, Problem401Kubernetes, HtmlBadGateway,
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
