using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Tests.Validation;

public sealed class TokenCreateValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, 500, TimeSpan.Zero);

    [Fact]
    public void Hour_minute_second_values_go_as_expires_in()
    {
        CreateTokenRequest request = Valid(new TokenCreateInput("terraform", "1h30m", null, ["1.2.3.4", "::/0", "2.3.4.0/24"], false));

        Assert.Equal("terraform", request.Name);
        Assert.Equal("1h30m", request.ExpiresIn);
        Assert.Null(request.ExpiresAt);
        Assert.Equal(["1.2.3.4", "::/0", "2.3.4.0/24"], request.AllowedIpRanges);
        Assert.False(request.CanCreateTokens);
    }

    [Fact]
    public void Day_values_go_as_expires_at_now_plus_the_duration_in_whole_seconds()
    {
        CreateTokenRequest request = Valid(new TokenCreateInput("t", "7d", null, [], true));

        Assert.Null(request.ExpiresIn);
        Assert.Equal(new DateTimeOffset(2025, 6, 8, 12, 0, 0, TimeSpan.Zero), request.ExpiresAt);
        Assert.True(request.CanCreateTokens);
    }

    [Fact]
    public void Expires_at_keeps_the_given_moment()
    {
        CreateTokenRequest request = Valid(new TokenCreateInput("t", null, "2025-12-01T02:00:00+02:00", [], false));

        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), request.ExpiresAt);
        Assert.Null(request.ExpiresIn);
    }

    [Fact]
    public void Expires_at_exactly_one_year_ahead_is_allowed_and_a_moment_later_is_not()
    {
        Valid(new TokenCreateInput("t", null, "2026-06-01T12:00:00.5Z", [], false));

        ValidationResult<CreateTokenRequest> result = TokenCreateValidator.Validate(new TokenCreateInput("t", null, "2026-06-01T12:00:01Z", [], false), Now);

        Assert.Contains(result.Errors, error => error.Contains("more than one year", StringComparison.Ordinal));
    }

    [Fact]
    public void Expires_at_now_is_not_in_the_future()
    {
        ValidationResult<CreateTokenRequest> result = TokenCreateValidator.Validate(new TokenCreateInput("t", null, "2025-06-01T12:00:00.5Z", [], false), Now);

        Assert.Null(result.Value);
        Assert.Contains(result.Errors, error => error.Contains("is not in the future", StringComparison.Ordinal));
    }

    [Fact]
    public void No_ranges_leaves_the_field_out()
    {
        Assert.Null(Valid(new TokenCreateInput("t", "1h", null, [], false)).AllowedIpRanges);
    }

    [Fact]
    public void One_hundred_ranges_are_allowed()
    {
        string[] ranges = Enumerable.Range(0, 100).Select(i => $"10.0.0.{i}").ToArray();

        Assert.Equal(100, Valid(new TokenCreateInput("t", "1h", null, ranges, false)).AllowedIpRanges!.Count);
    }

    [Fact]
    public void A_name_of_1024_characters_is_allowed()
    {
        Assert.Equal(1024, Valid(new TokenCreateInput(new string('n', 1024), "1h", null, [], false)).Name.Length);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        ValidationResult<CreateTokenRequest> result = TokenCreateValidator.Validate(
            new TokenCreateInput(null, "forever", null, ["1.2.3.4", "1.2.3.4", "bad"], false), Now);

        Assert.Null(result.Value);
        Assert.Equal(4, result.Errors.Count);
    }

    private static CreateTokenRequest Valid(TokenCreateInput input)
    {
        ValidationResult<CreateTokenRequest> result = TokenCreateValidator.Validate(input, Now);
        Assert.Empty(result.Errors);
        return Assert.IsType<CreateTokenRequest>(result.Value);
    }
}
