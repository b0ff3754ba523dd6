using System.Text;
using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.OpenApi.Runtime.Tests.TestSupport;

namespace Kumo.OpenApi.Runtime.Tests.DependencyInjection;

public sealed class BodyRedactorTests
{
    [Fact]
    public void Token_and_password_members_and_ucat_tokens_are_redacted()
    {
        string token = TestTokens.New();
        string text = BodyRedactor.Redact(Encoding.UTF8.GetBytes(
            "{\"token\" : \"" + token + "\",\"Password\":\"p\\\"w\",\"name\":\"keep\",\"note\":\"see " + token + "\"}"));

        Assert.Equal("{\"token\":\"[redacted]\",\"Password\":\"[redacted]\",\"name\":\"keep\",\"note\":\"see ucat_[redacted]\"}", text);
    }

    [Fact]
    public void A_secret_cut_by_the_end_of_the_text_is_still_redacted()
    {
        Assert.Equal("{\"token\":\"[redacted]\"", BodyRedactor.RedactText("{\"token\":\"abc-secret-cut"));
    }

    [Fact]
    public void Long_bodies_are_cut_after_redaction()
    {
        string token = TestTokens.New();
        byte[] body = Encoding.UTF8.GetBytes("{\"padding\":\"" + new string('x', 5000) + "\",\"token\":\"" + token + "\"}");

        string text = BodyRedactor.Redact(body);

        Assert.True(text.Length <= BodyRedactor.MaxLoggedLength + 40);
        Assert.EndsWith("bytes in all)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.Equal("(empty)", BodyRedactor.Redact(ReadOnlySpan<byte>.Empty));
    }
}
