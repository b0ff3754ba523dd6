using Verify = Kumo.OpenApi.Analyzers.Tests.Infrastructure.Verifier<Kumo.OpenApi.Analyzers.Models.ExactlyOneOfAnalyzer>;

namespace Kumo.OpenApi.Analyzers.Tests;

/// <summary>KUMO106: [ApiExactlyOneOf("expires_at", "expires_in")] on CreateTokenRequest.</summary>
public sealed class ExactlyOneOfTests
{
    [Fact]
    public Task Both_set_is_an_error_at_the_second_member() => Verify.VerifyAsync(
        """
        using System;
        using Kumo.UpCloud;

        class C
        {
            CreateTokenRequest Request() => new CreateTokenRequest
            {
                Name = "ci",
                {|#1:ExpiresAt = DateTimeOffset.UtcNow.AddDays(1)|},
                {|#0:ExpiresIn = "24h"|},
            };
        }
        """,
        Verify.Diagnostic("KUMO106").WithLocation(0).WithLocation(1)
            .WithArguments("CreateTokenRequest", "ExpiresAt or ExpiresIn", "both are set"));

    [Fact]
    public Task Neither_set_is_an_error_when_passed_or_returned_directly() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Kumo.UpCloud;

        class C
        {
            Task<Token> Create(IUpCloudClient client) => client.CreateTokenAsync({|#0:new CreateTokenRequest|} { Name = "ci", ExpiresIn = null });

            CreateTokenRequest Build()
            {
                return {|#1:new CreateTokenRequest|} { Name = "ci" };
            }

            Task<Token> Empty(IUpCloudClient client) => client.CreateTokenAsync({|#2:new CreateTokenRequest|}());

            Task<Token> TargetTyped(IUpCloudClient client) => client.CreateTokenAsync({|#3:new()|} { Name = "ci" });
        }
        """,
        Verify.Diagnostic("KUMO106").WithLocation(0).WithArguments("CreateTokenRequest", "ExpiresAt or ExpiresIn", "neither is set"),
        Verify.Diagnostic("KUMO106").WithLocation(1).WithArguments("CreateTokenRequest", "ExpiresAt or ExpiresIn", "neither is set"),
        Verify.Diagnostic("KUMO106").WithLocation(2).WithArguments("CreateTokenRequest", "ExpiresAt or ExpiresIn", "neither is set"),
        Verify.Diagnostic("KUMO106").WithLocation(3).WithArguments("CreateTokenRequest", "ExpiresAt or ExpiresIn", "neither is set"));

    [Fact]
    public Task Exactly_one_or_undecidable_is_not_reported() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using System.Threading.Tasks;
        using Kumo.UpCloud;

        class C
        {
            Task<Token> One(IUpCloudClient client) => client.CreateTokenAsync(new CreateTokenRequest { Name = "ci", ExpiresIn = "24h" });

            Task<Token> Other(IUpCloudClient client) => client.CreateTokenAsync(new CreateTokenRequest { Name = "ci", ExpiresAt = DateTimeOffset.UtcNow.AddHours(1), ExpiresIn = null });

            // Choosing one of two optional values at run time is fine.
            CreateTokenRequest Either(DateTimeOffset? at, string? @in) => new CreateTokenRequest { Name = "ci", ExpiresAt = at, ExpiresIn = @in };

            // Completed after the initializer: not judged.
            CreateTokenRequest Later()
            {
                CreateTokenRequest request = new CreateTokenRequest { Name = "ci" };
                request.ExpiresIn = "1h";
                return request;
            }
        }
        """);
}
