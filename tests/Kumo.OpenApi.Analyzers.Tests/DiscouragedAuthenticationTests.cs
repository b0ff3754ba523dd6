using Kumo.OpenApi.Analyzers.Tests.Infrastructure;
using Verify = Kumo.OpenApi.Analyzers.Tests.Infrastructure.Verifier<Kumo.OpenApi.Analyzers.Authentication.DiscouragedAuthenticationAnalyzer>;

namespace Kumo.OpenApi.Analyzers.Tests;

/// <summary>KUMO102: anything marked [DiscouragedAuthentication], with the scheme and recommendation from the attribute.</summary>
public sealed class DiscouragedAuthenticationTests
{
    [Fact]
    public Task Basic_authentication_handler_is_reported_with_scheme_and_recommendation() => Verify.VerifyAsync(
        """
        using System;
        using System.Net.Http;
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            DelegatingHandler Handler() => new BasicAuthenticationHandler("user", "password", new Uri("https://api.upcloud.com"));
        }
        """,
        Verify.Diagnostic("KUMO102").WithSpan(7, 36, 7, 66)
            .WithArguments("BasicAuthenticationHandler", "HTTP Basic", "an API token with BearerTokenHandler"));

    [Fact]
    public Task Target_typed_creation_is_reported() => Verify.VerifyAsync("""
        using System;
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            BasicAuthenticationHandler Handler() => {|KUMO102:new("user", "password", new Uri("https://api.upcloud.com"))|};
        }
        """);

    [Fact]
    public Task Marked_methods_and_marked_type_arguments_are_reported() => Verify.VerifyAsync(
        """
        using Kumo.OpenApi.Runtime;
        using Kumo.OpenApi.Runtime.Authentication;

        static class Registration
        {
            [DiscouragedAuthentication("API key in query", "a bearer token")]
            public static void UseQueryKey() { }

            public static void AddHandler<THandler>() { }
        }

        class C
        {
            void M()
            {
                Registration.{|#0:UseQueryKey|}();
                Registration.{|#1:AddHandler<BasicAuthenticationHandler>|}();
            }
        }
        """,
        Verify.Diagnostic("KUMO102").WithLocation(0).WithArguments("UseQueryKey", "API key in query", "a bearer token"),
        Verify.Diagnostic("KUMO102").WithLocation(1).WithArguments("BasicAuthenticationHandler", "HTTP Basic", "an API token with BearerTokenHandler"));

    [Fact]
    public Task Basic_authentication_in_the_runtime_client_options_is_reported() => Verify.VerifyAsync(
        """
        using Kumo.OpenApi.Runtime.DependencyInjection;

        class C
        {
            void Configure(ApiClientOptions options)
            {
        #pragma warning disable CS0618
                options.{|#0:UseBasicAuthentication|}("user", "password");
                options.{|#1:UseBasicAuthenticationFromEnvironment|}();
        #pragma warning restore CS0618
                options.TokenEnvironmentVariable = "UPCLOUD_TOKEN";
            }
        }
        """,
        Verify.Diagnostic("KUMO102").WithLocation(0)
            .WithArguments("UseBasicAuthentication", "HTTP Basic", "an API token: ApiClientOptions.Token, TokenProvider or TokenEnvironmentVariable"),
        Verify.Diagnostic("KUMO102").WithLocation(1)
            .WithArguments("UseBasicAuthenticationFromEnvironment", "HTTP Basic", "an API token: ApiClientOptions.TokenEnvironmentVariable = \"UPCLOUD_TOKEN\""));

    [Fact]
    public Task Bearer_tokens_and_unmarked_code_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            DelegatingHandler Handler() => new BearerTokenHandler(new EnvironmentAccessTokenProvider(), new Uri("https://api.upcloud.com"));

            string Describe(object handler) => handler.ToString() ?? string.Empty;

        #pragma warning disable CS0618
            // Using a handler that already exists configures nothing.
            string DescribeBasic(BasicAuthenticationHandler handler) => handler.ToString();
        #pragma warning restore CS0618
        }
        """);

    [Fact]
    public Task Nothing_is_reported_without_the_runtime() => Verify.VerifyAsync(
        """
        class BasicAuthenticationHandler
        {
        }

        class C
        {
            object Handler() => new BasicAuthenticationHandler();
        }
        """,
        new TestOptions { ReferenceRuntime = false });
}
