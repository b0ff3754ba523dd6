using Kumo.OpenApi.Runtime.Authentication;

namespace Kumo.OpenApi.Runtime.Tests.Authentication;

public sealed class CredentialGuardTests
{
    [Theory]
    [InlineData("https://api.upcloud.com/", "https://api.upcloud.com/1.3/account", true)]
    [InlineData("https://api.upcloud.com/1.3/", "https://api.upcloud.com/other", true)] // origin, not path prefix
    [InlineData("https://api.upcloud.com/", "https://api.upcloud.com:443/", true)]
    [InlineData("https://api.upcloud.com/", "https://API.UPCLOUD.COM/", true)]
    [InlineData("http://localhost:5000/", "http://localhost:5000/x", true)]
    [InlineData("https://api.upcloud.com/", "http://api.upcloud.com/", false)]
    [InlineData("https://api.upcloud.com/", "https://api.upcloud.com:8443/", false)]
    [InlineData("https://api.upcloud.com/", "https://evil.example/", false)]
    [InlineData("https://api.upcloud.com/", "https://api.upcloud.com.evil.example/", false)]
    [InlineData("http://localhost:5000/", "http://127.0.0.1:5000/", false)]
    [InlineData("https://api.upcloud.com/", "wss://api.upcloud.com/", false)]
    public void IsSameOrigin_compares_scheme_host_and_port(string baseAddress, string request, bool expected)
        => Assert.Equal(expected, CredentialGuard.IsSameOrigin(new Uri(baseAddress), new Uri(request)));

    [Fact]
    public void Relative_request_uri_is_never_the_same_origin()
    {
        Assert.False(CredentialGuard.IsSameOrigin(new Uri("https://api.upcloud.com/"), new Uri("/1.3/account", UriKind.Relative)));
        Assert.Throws<ArgumentNullException>(() => CredentialGuard.IsSameOrigin(null!, new Uri("https://a/")));
        Assert.Throws<ArgumentNullException>(() => CredentialGuard.IsSameOrigin(new Uri("https://a/"), null!));
    }

    [Theory]
    [InlineData("https://api.upcloud.com/")]
    [InlineData("https://api.upcloud.com/1.3/")]
    [InlineData("https://10.0.0.1:8443/")]
    [InlineData("http://localhost/")]
    [InlineData("http://127.0.0.1:1234/")]
    [InlineData("http://127.255.255.254/")]
    [InlineData("http://[::1]/")]
    public void Safe_base_addresses_are_accepted(string url)
        => CredentialGuard.EnsureSafeBaseAddress(new Uri(url));

    [Theory]
    [InlineData("http://api.upcloud.com/", "plain http")]
    [InlineData("http://128.0.0.1/", "plain http")]
    [InlineData("http://[::2]/", "plain http")]
    [InlineData("ftp://api.upcloud.com/", "must use https")]
    [InlineData("file:///etc/passwd", "must use https")]
    [InlineData("https://user:mysecr3tPassword@api.upcloud.com/", "user information")]
    public void Unsafe_base_addresses_are_refused_with_a_clear_message(string url, string expected)
    {
        var exception = Assert.Throws<ArgumentException>(() => CredentialGuard.EnsureSafeBaseAddress(new Uri(url)));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mysecr3tPassword", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_base_address_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CredentialGuard.EnsureSafeBaseAddress(new Uri("/1.3/", UriKind.Relative)));
        Assert.Throws<ArgumentNullException>(() => CredentialGuard.EnsureSafeBaseAddress(null!));
    }
}
