using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// The account API uses the legacy {"error":{…}} body; the token API uses RFC 7807 problems (facts §3.1).
internal static class Errors
{
    private const string ProblemTypeBase = "https://developers.upcloud.com/1.3/errors#";

    public static EmulatorResponse Legacy(int status, string code, string message) =>
        EmulatorResponse.Legacy(status, new JsonObject
        {
            ["error"] = new JsonObject { ["error_code"] = code, ["error_message"] = message },
        });

    public static EmulatorResponse AuthenticationRequired() =>
        Legacy(401, "AUTHENTICATION_REQUIRED", "The use of this API requires authentication.");

    public static EmulatorResponse AuthenticationFailed() =>
        Legacy(401, "AUTHENTICATION_FAILED", "Authentication failed using the given username and password.");

    public static EmulatorResponse UserNotFound(string username) =>
        Legacy(404, "USER_NOT_FOUND", $"The user {username} does not exist.");

    public static EmulatorResponse AccountForbidden(string message) => Legacy(403, "ACCOUNT_FORBIDDEN", message);

    public static EmulatorResponse AttributeMissing(string attribute) =>
        Legacy(400, attribute.ToUpperInvariant() + "_MISSING", $"The attribute {attribute} is missing.");

    public static EmulatorResponse AttributeInvalid(string attribute) =>
        Legacy(400, attribute.ToUpperInvariant() + "_INVALID", $"The attribute {attribute} has an invalid value.");

    public static EmulatorResponse BadRequest(IReadOnlyList<(string Name, string Reason)> invalidParams, TimeProvider time, string detail = "Invalid parameters.")
    {
        var parameters = new JsonArray();
        foreach (var (name, reason) in invalidParams)
        {
            parameters.Add((JsonNode)new JsonObject { ["name"] = name, ["reason"] = reason });
        }

        return Problem(400, "ERROR_BAD_REQUEST", "Bad request.", detail, time, parameters.Count > 0 ? parameters : null);
    }

    public static EmulatorResponse Forbidden(TimeProvider time) =>
        Problem(403, "ERROR_FORBIDDEN", "Forbidden.", "The token used to authenticate is not allowed to create tokens.", time);

    public static EmulatorResponse TokenNotFound(TimeProvider time) =>
        Problem(404, "ERROR_NOT_FOUND", "Not found.", "Token not found.", time);

    private static EmulatorResponse Problem(int status, string type, string title, string detail, TimeProvider time, JsonArray? invalidParams = null)
    {
        var body = new JsonObject
        {
            ["type"] = ProblemTypeBase + type,
            ["title"] = title,
            ["detail"] = detail,
            ["status"] = status,
            ["correlation_id"] = Ulid.New(time),
        };
        if (invalidParams is not null)
        {
            body["invalid_params"] = invalidParams;
        }

        // The recorded problem responses carry Content-Language: en.
        return new EmulatorResponse(status, body, EmulatorResponse.ProblemJson)
        {
            Headers = new Dictionary<string, string> { ["Content-Language"] = "en" },
        };
    }
}
