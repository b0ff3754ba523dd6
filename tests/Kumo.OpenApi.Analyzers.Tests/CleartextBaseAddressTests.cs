using Verify = Kumo.OpenApi.Analyzers.Tests.Infrastructure.Verifier<Kumo.OpenApi.Analyzers.Authentication.CleartextBaseAddressAnalyzer>;

namespace Kumo.OpenApi.Analyzers.Tests;

/// <summary>KUMO107: a credential handler with a constant plain-http base address that is not loopback.</summary>
public sealed class CleartextBaseAddressTests
{
    [Fact]
    public Task Bearer_handler_with_plain_http_is_reported() => Verify.VerifyAsync(
        """
        using System;
        using System.Net.Http;
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            DelegatingHandler Handler(IAccessTokenProvider tokens) => new BearerTokenHandler(tokens, new Uri("http://api.example.com"));
        }
        """,
        Verify.Diagnostic("KUMO107").WithSpan(7, 94, 7, 127).WithArguments("BearerTokenHandler", "http://api.example.com:80"));

    [Fact]
    public Task Basic_handler_and_a_constant_address_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            private const string Address = "HTTP://10.0.0.5:8080/1.3/";

        #pragma warning disable CS0618
            DelegatingHandler Basic() => new BasicAuthenticationHandler("user", "password", {|KUMO107:new Uri("http://api.upcloud.com/")|});
        #pragma warning restore CS0618

            DelegatingHandler Bearer(IAccessTokenProvider tokens) => new BearerTokenHandler(tokens, {|KUMO107:new Uri(Address, UriKind.Absolute)|});
        }
        """);

    [Fact]
    public Task Https_loopback_and_run_time_addresses_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            DelegatingHandler Https(IAccessTokenProvider tokens) => new BearerTokenHandler(tokens, new Uri("https://api.upcloud.com"));

            DelegatingHandler Localhost(IAccessTokenProvider tokens) => new BearerTokenHandler(tokens, new Uri("http://localhost:5000/"));

            DelegatingHandler LoopbackV4(IAccessTokenProvider tokens) => new BearerTokenHandler(tokens, new Uri("http://127.0.0.1:5000/"));

            DelegatingHandler LoopbackV6(IAccessTokenProvider tokens) => new BearerTokenHandler(tokens, new Uri("http://[::1]:5000/"));

            DelegatingHandler RunTime(IAccessTokenProvider tokens, Uri address) => new BearerTokenHandler(tokens, address);

            HttpClient NotACredentialHandler() => new HttpClient { BaseAddress = new Uri("http://api.example.com") };
        }
        """);
}
