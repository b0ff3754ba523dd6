using Kumo.UpCloud.Cli.Credentials;
using Kumo.UpCloud.Cli.Output;
using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Tests.Validation;

public sealed class SmallPartsTests
{
    [Theory]
    [InlineData(100, 1, 100, 0)]
    [InlineData(10, 2, 10, 10)]
    [InlineData(1, 5, 1, 4)]
    public void Pages_become_limit_and_offset_like_upctl(int limit, int page, int expectedLimit, int expectedOffset)
    {
        TokenPage tokenPage = TokenPage.Validate(limit, page).Value!;

        Assert.Equal(new TokenPage(expectedLimit, expectedOffset), tokenPage);
    }

    [Fact]
    public void A_page_beyond_the_api_offset_range_is_refused()
    {
        Assert.Null(TokenPage.Validate(100, int.MaxValue).Value);
    }

    [Theory]
    [InlineData("0c511c65-5375-4dd3-8a76-df12ba772110", true)]
    [InlineData(" 0c511c65-5375-4dd3-8a76-df12ba772110 ", true)]
    [InlineData("0c511c655375 4dd38a76df12ba772110", false)]
    [InlineData("{0c511c65-5375-4dd3-8a76-df12ba772110}", false)]
    [InlineData("", false)]
    public void Token_ids_are_uuids(string text, bool valid)
    {
        Assert.Equal(valid, TokenIdText.TryParse(text, out _, out _));
    }

    [Fact]
    public void Credentials_prefer_nothing_silently()
    {
        Assert.True(CredentialResolver.TryResolve(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = "abc" }, out Credentials.Credentials? token, out _));
        Assert.IsType<TokenCredentials>(token);
        Assert.True(CredentialResolver.TryResolve(new Dictionary<string, string?> { ["UPCLOUD_USERNAME"] = "u", ["UPCLOUD_PASSWORD"] = "p" }, out Credentials.Credentials? basic, out _));
        Assert.IsType<BasicCredentials>(basic);
        Assert.False(CredentialResolver.TryResolve(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = "abc", ["UPCLOUD_PASSWORD"] = "p" }, out _, out string both));
        Assert.Contains("only one authentication method", both);
        Assert.False(CredentialResolver.TryResolve(new Dictionary<string, string?> { ["UPCLOUD_TOKEN"] = "" }, out _, out string none));
        Assert.Contains("No UpCloud credentials found", none);
    }

    [Fact]
    public void Tables_align_columns_and_trim_the_last_one()
    {
        var table = new TextTable("ID", "NAME", "RANGES");
        table.AddRow("1", "terraform", "::/0");
        table.AddRow("22", "ci", "");
        using var output = new StringWriter();

        table.WriteTo(output);

        Assert.Equal("ID  NAME       RANGES\n1   terraform  ::/0\n22  ci         \n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Control_characters_from_the_api_are_neutralised()
    {
        Assert.Equal("a?[2Jb", TerminalText.Clean("a\u001b[2Jb"));
        Assert.Equal("plain", TerminalText.Clean("plain"));
    }

    [Fact]
    public void Token_shaped_text_is_redacted_in_usage_messages()
    {
        string token = "ucat_" + new string('A', 26);

        Assert.Equal("Unrecognized 'ucat_[redacted]'", SecretRedactor.Redact($"Unrecognized '{token}'"));
    }

    [Fact]
    public void Json_timestamps_are_utc_and_drop_zero_fractions()
    {
        Assert.Equal("2025-12-01T00:00:00Z", TimestampText.Json(new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal("2025-12-01T00:00:00.00001Z", TimestampText.Json(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(100)));
    }
}
