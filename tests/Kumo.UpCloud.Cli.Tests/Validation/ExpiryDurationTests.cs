using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Tests.Validation;

public sealed class ExpiryDurationTests
{
    [Theory]
    [InlineData("1h", 3600, false)]
    [InlineData("24h", 86400, false)]
    [InlineData("1h30m", 5400, false)]
    [InlineData("90m", 5400, false)]
    [InlineData("30s", 30, false)]
    [InlineData("30m1h", 5400, false)]
    [InlineData("7d", 604800, true)]
    [InlineData("1d1h1m1s", 90061, true)]
    [InlineData("365d", 31536000, true)]
    [InlineData("8760h", 31536000, false)]
    [InlineData("525600m", 31536000, false)]
    [InlineData("31536000s", 31536000, false)]
    public void Accepts_documented_shapes(string text, int seconds, bool usesDays)
    {
        Assert.True(ExpiryDuration.TryParse(text, out ExpiryDuration? duration, out string error), error);
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration!.Duration);
        Assert.Equal(usesDays, duration.UsesDays);
        Assert.Equal(text, duration.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("h")]
    [InlineData("1x")]
    [InlineData("1H")]
    [InlineData("1.5h")]
    [InlineData("-1h")]
    [InlineData("+1h")]
    [InlineData("1ms")]
    [InlineData("1us")]
    [InlineData("1w")]
    [InlineData("1h30")]
    [InlineData(" 1h")]
    [InlineData("1h ")]
    [InlineData("1min")]
    [InlineData("1234567890s")]
    [InlineData("０h")]
    public void Rejects_malformed_values(string text)
    {
        Assert.False(ExpiryDuration.TryParse(text, out ExpiryDuration? duration, out string error));
        Assert.Null(duration);
        Assert.Contains("units d, h, m or s", error);
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("0d0h")]
    public void Rejects_zero(string text)
    {
        Assert.False(ExpiryDuration.TryParse(text, out _, out string error));
        Assert.Contains("longer than zero", error);
    }

    [Theory]
    [InlineData("8760h1s")]
    [InlineData("366d")]
    [InlineData("999999999d")]
    [InlineData("999999999d999999999d999999999d999999999d999999999d999999999d999999999d999999999d999999999d999999999d999999999d")]
    public void Rejects_more_than_one_year(string text)
    {
        Assert.False(ExpiryDuration.TryParse(text, out _, out string error));
        Assert.Contains("maximum token lifetime of one year", error);
    }
}
