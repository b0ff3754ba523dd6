using Kumo.UpCloud.Cli.Validation;

namespace Kumo.UpCloud.Cli.Tests.Validation;

public sealed class IpRangeTextTests
{
    [Theory]
    [InlineData("1.2.3.4", "1.2.3.4")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("2001:DB8:0::1", "2001:db8::1")]
    [InlineData("::ffff:1.2.3.4", "::ffff:1.2.3.4")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("2.3.4.0/24", "2.3.4.0/24")]
    [InlineData("1.2.3.4/32", "1.2.3.4/32")]
    [InlineData("::/0", "::/0")]
    [InlineData("::0/0", "::/0")]
    [InlineData("2001:db8::/128", "2001:db8::/128")]
    [InlineData("0.0.0.0-0.0.0.255", "0.0.0.0-0.0.0.255")]
    [InlineData("10.0.0.1-10.0.0.1", "10.0.0.1-10.0.0.1")]
    [InlineData("2001:db8::1-2001:db8::ff", "2001:db8::1-2001:db8::ff")]
    public void Accepts_the_documented_forms(string text, string canonical)
    {
        Assert.True(IpRangeText.TryNormalize(text, out string normalized));
        Assert.Equal(canonical, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.0.0.1")]
    [InlineData("01.2.3.4")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("1.2.3.-4")]
    [InlineData("1.2.3.4/")]
    [InlineData("1.2.3.4/33")]
    [InlineData("1.2.3.4/024")]
    [InlineData("1.2.3.4/-1")]
    [InlineData("1.2.3.4/8/8")]
    [InlineData("::/129")]
    [InlineData("/24")]
    [InlineData("1.2.3.9-1.2.3.4")]
    [InlineData("1.2.3.4-")]
    [InlineData("-1.2.3.4")]
    [InlineData("1.2.3.4-::1")]
    [InlineData("1.2.3.4-1.2.3.5-1.2.3.6")]
    [InlineData("2001:db8::ff-2001:db8::1")]
    [InlineData("fe80::1%eth0")]
    [InlineData("[::1]")]
    [InlineData("::g")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("localhost")]
    [InlineData("*")]
    public void Rejects_everything_else(string text)
    {
        Assert.False(IpRangeText.TryNormalize(text, out _));
    }
}
