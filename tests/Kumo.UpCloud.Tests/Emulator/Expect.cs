using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kumo.UpCloud.Tests.Emulator;

internal static partial class Expect
{
    public const string LegacyJson = "application/json; charset=UTF-8";

    public static void Json(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}{Environment.NewLine}actual   {actual.ToJsonString()}");

    public static void LegacyError(Reply reply, HttpStatusCode status, string code, string message)
    {
        Assert.Equal(status, reply.Status);
        Assert.Equal(LegacyJson, reply.ContentType);
        Json($$$"""{"error":{"error_code":"{{{code}}}","error_message":"{{{message}}}"}}""", reply.Json);
    }

    public static JsonObject Problem(Reply reply, HttpStatusCode status, string type)
    {
        Assert.Equal(status, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        var problem = reply.Object;
        Assert.Equal("https://developers.upcloud.com/1.3/errors#" + type, (string?)problem["type"]);
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.Matches(UlidPattern(), (string?)problem["correlation_id"]);
        return problem;
    }

    public static void NoContent(Reply reply)
    {
        Assert.Equal(HttpStatusCode.NoContent, reply.Status);
        Assert.Equal("", reply.Body);
    }

    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    // Milliseconds since the Unix epoch held in the first 10 characters of a ULID.
    public static long UlidMilliseconds(string ulid)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        return ulid[..10].Aggregate(0L, (value, c) => (value << 5) | (long)alphabet.IndexOf(c, StringComparison.Ordinal));
    }

    [GeneratedRegex("^[0-7][0-9A-HJKMNP-TV-Z]{25}$")]
    public static partial Regex UlidPattern();

    [GeneratedRegex("^ucat_[0-7][0-9A-HJKMNP-TV-Z]{25}$")]
    public static partial Regex TokenPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")]
    public static partial Regex TimestampPattern();
}
