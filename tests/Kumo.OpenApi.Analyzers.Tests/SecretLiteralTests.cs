using Kumo.OpenApi.Analyzers.Secrets;
using Kumo.OpenApi.Analyzers.Tests.Infrastructure;
using Kumo.OpenApi.CodeFixes;
using Verify = Kumo.OpenApi.Analyzers.Tests.Infrastructure.Verifier<Kumo.OpenApi.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace Kumo.OpenApi.Analyzers.Tests;

/// <summary>KUMO101: token-shaped literals anywhere in source, and the fix that reads UPCLOUD_TOKEN instead.</summary>
public sealed class SecretLiteralTests
{
    private static readonly string s_token = FakeToken.Value;

    [Fact]
    public Task Plain_string_literal_is_reported() => Verify.VerifyAsync($$"""
        class C
        {
            string Token() => {|KUMO101:"{{s_token}}"|};
        }
        """);

    [Fact]
    public Task Lower_case_token_is_reported() => Verify.VerifyAsync($$"""
        class C
        {
            string Token() => {|KUMO101:"{{s_token.ToLowerInvariant()}}"|};
        }
        """);

    [Fact]
    public Task Verbatim_raw_and_utf8_literals_are_reported() => Verify.VerifyAsync($$""""
        class C
        {
            string Verbatim() => {|KUMO101:@"{{s_token}}"|};

            string Raw() => {|KUMO101:"""{{s_token}}"""|};

            System.ReadOnlySpan<byte> Utf8() => {|KUMO101:"{{s_token}}"u8|};
        }
        """");

    [Fact]
    public Task Token_inside_a_longer_string_and_interpolated_text_is_reported() => Verify.VerifyAsync($$"""
        class C
        {
            string Header() => {|KUMO101:"Authorization: Bearer {{s_token}}"|};

            string Interpolated(int id) => $"{id}{|KUMO101: Bearer {{s_token}}|}";
        }
        """);

    [Fact]
    public Task Const_and_attribute_argument_are_reported() => Verify.VerifyAsync($$"""
        using System.ComponentModel;

        class C
        {
            const string Token = {|KUMO101:"{{s_token}}"|};

            [Description({|KUMO101:"{{s_token}}"|})]
            void M() { }
        }
        """);

    [Fact]
    public Task Reported_without_the_runtime_referenced() => Verify.VerifyAsync(
        $$"""
        class C
        {
            string Token() => {|KUMO101:"{{s_token}}"|};
        }
        """,
        new TestOptions { ReferenceRuntime = false });

    [Fact]
    public Task Message_says_what_and_why() => Verify.VerifyAsync(
        $$"""
        class C
        {
            string Token() => "{{s_token}}";
        }
        """,
        Verify.Diagnostic("KUMO101").WithSpan(3, 23, 3, 23 + s_token.Length + 2)
            .WithMessage("This literal contains an UpCloud API token (ucat_…); secrets in source end up in version control and build output. Read it from the environment or a secret store, and revoke the token if it was ever committed."));

    [Theory]
    [InlineData("PREFIX_ONLY")]
    [InlineData("SHORT")]
    [InlineData("LONG")]
    [InlineData("GLUED_BEFORE")]
    [InlineData("GLUED_AFTER")]
    [InlineData("NOT_CROCKFORD")]
    [InlineData("WORDS")]
    public Task Lookalikes_are_not_reported(string kind)
    {
        string text = kind switch
        {
            "PREFIX_ONLY" => FakeToken.Prefix,
            "SHORT" => FakeToken.Prefix + FakeToken.Body[..25],
            "LONG" => FakeToken.Prefix + FakeToken.Body + "A",
            "GLUED_BEFORE" => "ed" + FakeToken.Value,
            "GLUED_AFTER" => FakeToken.Value + "_x",
            "NOT_CROCKFORD" => FakeToken.Prefix + FakeToken.Body[..25] + "U",
            _ => "educat_ion and ucat_ and the ucat_ prefix",
        };

        return Verify.VerifyAsync($$"""
            class C
            {
                // A comment is not a literal: {{FakeToken.Value}}
                string Text() => "{{text}}";

                string BuiltAtRunTime() => "{{FakeToken.Prefix}}" + new string('0', 26);
            }
            """);
    }

    [Fact]
    public Task Fix_reads_the_environment_and_throws_for_a_non_nullable_string() => Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(
        $$"""
        #nullable enable
        class C
        {
            void M()
            {
                string token = {|KUMO101:"{{s_token}}"|};
                System.Console.WriteLine(token.Length);
            }
        }
        """,
        """
        #nullable enable
        class C
        {
            void M()
            {
                string token = System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN") ?? throw new System.InvalidOperationException("Set UPCLOUD_TOKEN");
                System.Console.WriteLine(token.Length);
            }
        }
        """);

    [Fact]
    public Task Fix_does_not_throw_for_a_nullable_target() => Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(
        $$"""
        #nullable enable
        class C
        {
            string? Token { get; set; } = {|KUMO101:"{{s_token}}"|};
        }
        """,
        """
        #nullable enable
        class C
        {
            string? Token { get; set; } = System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN");
        }
        """);

    [Fact]
    public Task Fix_does_not_throw_where_nullable_annotations_are_off() => Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(
        $$"""
        class C
        {
            void M()
            {
                string token = {|KUMO101:"{{s_token}}"|};
            }
        }
        """,
        """
        class C
        {
            void M()
            {
                string token = System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN");
            }
        }
        """);

    [Fact]
    public Task Fix_on_an_argument_to_the_runtime_token_provider() => Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(
        $$"""
        #nullable enable
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            IAccessTokenProvider Provider() => new StaticAccessTokenProvider({|KUMO101:"{{s_token}}"|});
        }
        """,
        """
        #nullable enable
        using Kumo.OpenApi.Runtime.Authentication;

        class C
        {
            IAccessTokenProvider Provider() => new StaticAccessTokenProvider(System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN") ?? throw new System.InvalidOperationException("Set UPCLOUD_TOKEN"));
        }
        """);

    [Fact]
    public Task Fix_turns_a_const_field_into_static_readonly() => Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(
        $$"""
        #nullable enable
        class C
        {
            private const string Token = {|KUMO101:"{{s_token}}"|};
        }
        """,
        """
        #nullable enable
        class C
        {
            private static readonly string Token = System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN") ?? throw new System.InvalidOperationException("Set UPCLOUD_TOKEN");
        }
        """);

    [Fact]
    public Task Fix_turns_a_const_local_into_a_plain_local() => Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(
        $$"""
        #nullable enable
        class C
        {
            int M()
            {
                const string token = {|KUMO101:"{{s_token}}"|};
                return token.Length;
            }
        }
        """,
        """
        #nullable enable
        class C
        {
            int M()
            {
                string token = System.Environment.GetEnvironmentVariable("UPCLOUD_TOKEN") ?? throw new System.InvalidOperationException("Set UPCLOUD_TOKEN");
                return token.Length;
            }
        }
        """);

    [Fact]
    public Task No_fix_where_a_constant_is_required_or_the_token_is_part_of_a_string()
    {
        string source = $$"""
            using System.ComponentModel;

            class C
            {
                [Description({|KUMO101:"{{s_token}}"|})]
                void M(string token = {|KUMO101:"{{s_token}}"|}) { }

                string Header() => {|KUMO101:"Bearer {{s_token}}"|};

                System.ReadOnlySpan<byte> Utf8() => {|KUMO101:"{{s_token}}"u8|};
            }
            """;
        return Verify.VerifyCodeFixAsync<SecretLiteralCodeFixProvider>(source, source);
    }
}
