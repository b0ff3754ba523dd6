using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.Errors;

/// <summary>Parse must never throw, whatever the body: random bytes, every truncation, random mutations of real bodies.</summary>
public sealed class ApiErrorFuzzTests
{
    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20261003);
        for (int i = 0; i < 3000; i++)
        {
            byte[] body = new byte[random.Next(0, 600)];
            random.NextBytes(body);
            if (i % 3 == 0 && body.Length > 0)
            {
                body[0] = (byte)'{'; // reach the JSON parser, not only the pre-check
            }

            AssertWellFormed(ApiError.Parse(400 + (i % 200), "application/problem+json", body), 400 + (i % 200));
        }
    }

    [Fact]
    public void Every_truncation_of_real_bodies_never_throws()
    {
        foreach (string text in Bodies.All)
        {
            byte[] body = Bodies.Utf8(text);
            for (int length = 0; length <= body.Length; length++)
            {
                ApiError error = ApiError.Parse(400, "application/json", body.AsSpan(0, length));
                AssertWellFormed(error, 400);
                if (length < Bodies.Utf8(text.TrimEnd()).Length && text.StartsWith('{'))
                {
                    Assert.Null(error.ErrorCode); // a cut document is never half-read
                }
            }
        }
    }

    [Fact]
    public void Random_mutations_of_real_bodies_never_throw()
    {
        var random = new Random(42);
        byte[] interesting = "{}[]\":,\\u0000ntf-.eE+0123456789 \r\n\t"u8.ToArray();
        foreach (string text in Bodies.All)
        {
            byte[] original = Bodies.Utf8(text);
            for (int i = 0; i < 400; i++)
            {
                byte[] body = (byte[])original.Clone();
                int edits = random.Next(1, 6);
                for (int e = 0; e < edits; e++)
                {
                    int at = random.Next(body.Length);
                    body[at] = random.Next(3) switch
                    {
                        0 => (byte)random.Next(256),
                        1 => interesting[random.Next(interesting.Length)],
                        _ => (byte)(body[at] ^ (1 << random.Next(8))),
                    };
                }

                AssertWellFormed(ApiError.Parse(422, "application/problem+json", body), 422);
            }
        }
    }

    private static void AssertWellFormed(ApiError error, int statusCode)
    {
        Assert.Equal(statusCode, error.StatusCode);
        Assert.NotNull(error.RawBody);
        Assert.True(error.RawBody.Length <= ApiError.MaxRawBodyLength);
        Assert.NotNull(error.InvalidParams);
        Assert.NotNull(error.Headers);
        Assert.StartsWith("HTTP " + statusCode, new ApiException(error).Message, StringComparison.Ordinal);
    }
}
