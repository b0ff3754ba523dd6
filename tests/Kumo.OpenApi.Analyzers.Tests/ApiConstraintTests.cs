using Kumo.OpenApi.Analyzers.Tests.Infrastructure;
using Verify = Kumo.OpenApi.Analyzers.Tests.Infrastructure.Verifier<Kumo.OpenApi.Analyzers.Constraints.ApiConstraintAnalyzer>;

namespace Kumo.OpenApi.Analyzers.Tests;

/// <summary>KUMO103 (range and length), KUMO104 (pattern and format), KUMO105 (items), driven by [ApiMember] only.</summary>
public sealed class ApiConstraintTests
{
    private const string Usings = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Kumo.UpCloud;

        """;

    [Fact]
    public Task Limit_above_maximum_is_reported_with_the_limit() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            Task<IReadOnlyList<Token>> List(UpCloudClient client) => client.ListTokensAsync(limit: {|#0:500|});
        }
        """,
        Verify.Diagnostic("KUMO103").WithLocation(0).WithArguments("limit", "is 500, but the API allows at most 100"));

    [Fact]
    public Task Range_is_checked_through_the_interface_and_for_the_minimum() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            async Task M(IUpCloudClient client)
            {
                await client.ListTokensAsync({|#0:0|});
                await client.ListTokensAsync(offset: {|#1:-1|}, limit: 100);
            }
        }
        """,
        Verify.Diagnostic("KUMO103").WithLocation(0).WithArguments("limit", "is 0, but the API requires at least 1"),
        Verify.Diagnostic("KUMO103").WithLocation(1).WithArguments("offset", "is -1, but the API requires at least 0"));

    [Fact]
    public Task Values_inside_the_limits_or_not_constant_are_not_reported() => Verify.VerifyAsync(Usings + """
        class C
        {
            const int PageSize = 50;

            async Task M(IUpCloudClient client, int limit, string name)
            {
                await client.ListTokensAsync(limit: 1);
                await client.ListTokensAsync(limit: 100, offset: 0);
                await client.ListTokensAsync(limit: PageSize);
                await client.ListTokensAsync(limit: limit);
                await client.ListTokensAsync(limit: null);
                await client.ListTokensAsync();
                await client.GetAccountDetailsAsync("user");
                await client.GetAccountDetailsAsync(name);
                await client.CreateTokenAsync(new CreateTokenRequest { Name = name, ExpiresIn = "1h30m", AllowedIpRanges = ["0.0.0.0/0", "::/0"] });
            }
        }
        """);

    [Fact]
    public Task Length_limits_are_reported() => Verify.VerifyAsync(
        Usings + $$"""
        class C
        {
            const string TooLong = "{{new string('x', 1025)}}";

            async Task M(IUpCloudClient client)
            {
                await client.GetAccountDetailsAsync({|#0:"abc"|});
                await client.CreateTokenAsync(new CreateTokenRequest { Name = {|#1:""|}, ExpiresIn = "1h" });
                CreateTokenRequest request = new CreateTokenRequest { ExpiresIn = "1h" };
                request.Name = {|#2:TooLong|};
            }
        }
        """,
        Verify.Diagnostic("KUMO103").WithLocation(0).WithArguments("username", "has 3 characters, but the API requires at least 4"),
        Verify.Diagnostic("KUMO103").WithLocation(1).WithArguments("name", "is empty, but the API requires at least 1 character"),
        Verify.Diagnostic("KUMO103").WithLocation(2).WithArguments("name", "has 1025 characters, but the API allows at most 1024"));

    [Fact]
    public Task Length_counts_code_points() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            // Three emoji are six UTF-16 units but three characters for JSON Schema: below the minimum of 4.
            Task M(IUpCloudClient client) => client.GetAccountDetailsAsync({|#0:"😀😀😀"|});
        }
        """,
        Verify.Diagnostic("KUMO103").WithLocation(0).WithArguments("username", "has 3 characters, but the API requires at least 4"));

    [Fact]
    public Task Pattern_mismatch_is_reported() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            CreateTokenRequest Request() => new CreateTokenRequest { Name = "ci", ExpiresIn = {|#0:"7d"|} };

            void Later(CreateTokenRequest request) => request.ExpiresIn = {|#1:"1 hour"|};
        }
        """,
        Verify.Diagnostic("KUMO104").WithLocation(0).WithArguments("expires_in", "is \"7d\", which does not match the API's pattern ^([0-9]+(h|m|s))+$"),
        Verify.Diagnostic("KUMO104").WithLocation(1).WithArguments("expires_in", "is \"1 hour\", which does not match the API's pattern ^([0-9]+(h|m|s))+$"));

    [Fact]
    public Task Invalid_ip_ranges_are_reported_per_item() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            CreateTokenRequest Request() => new CreateTokenRequest
            {
                Name = "ci",
                ExpiresIn = "1h",
                AllowedIpRanges = [{|#0:"2.3.4.0/242"|}, {|#1:"::/129"|}, {|#2:"1.2.3"|}, {|#3:"300.1.1.1"|}, {|#4:"10.0.0.9-10.0.0.1"|}, {|#5:"1.2.3.4-2001:db8::1"|}, {|#6:"fe80::1%eth0"|}],
            };
        }
        """,
        Verify.Diagnostic("KUMO104").WithLocation(0).WithArguments("allowed_ip_ranges", "item \"2.3.4.0/242\" is not a valid CIDR range: the prefix length must be 0–32 for IPv4"),
        Verify.Diagnostic("KUMO104").WithLocation(1).WithArguments("allowed_ip_ranges", "item \"::/129\" is not a valid CIDR range: the prefix length must be 0–128 for IPv6"),
        Verify.Diagnostic("KUMO104").WithLocation(2).WithArguments("allowed_ip_ranges", "item \"1.2.3\" is not an IP address, a CIDR range (10.0.0.0/8) or a dash range (10.0.0.1-10.0.0.9)"),
        Verify.Diagnostic("KUMO104").WithLocation(3).WithArguments("allowed_ip_ranges", "item \"300.1.1.1\" is not an IP address, a CIDR range (10.0.0.0/8) or a dash range (10.0.0.1-10.0.0.9)"),
        Verify.Diagnostic("KUMO104").WithLocation(4).WithArguments("allowed_ip_ranges", "item \"10.0.0.9-10.0.0.1\" is not a valid range: the start address is after the end address"),
        Verify.Diagnostic("KUMO104").WithLocation(5).WithArguments("allowed_ip_ranges", "item \"1.2.3.4-2001:db8::1\" is not a valid range: both ends must be IPv4 or both IPv6"),
        Verify.Diagnostic("KUMO104").WithLocation(6).WithArguments("allowed_ip_ranges", "item \"fe80::1%eth0\" is not an IP address, a CIDR range (10.0.0.0/8) or a dash range (10.0.0.1-10.0.0.9)"));

    [Fact]
    public Task Valid_ip_ranges_in_every_list_form_are_not_reported() => Verify.VerifyAsync(Usings + """
        class C
        {
            IReadOnlyList<string> Existing() => ["192.168.0.0/16"];

            void M(CreateTokenRequest request)
            {
                request.AllowedIpRanges = ["1.2.3.4", "2001:db8::1", "0.0.0.0/0", "::/0", "10.0.0.1-10.0.0.9", "2001:db8::1-2001:db8::ff", "::ffff:10.0.0.1"];
                request.AllowedIpRanges = new[] { "127.0.0.0/8", "::1/128" };
                request.AllowedIpRanges = new List<string> { "10.0.0.0/8" };
                request.AllowedIpRanges = [.. Existing(), "172.16.0.0/12"];
                request.AllowedIpRanges = [];
            }
        }
        """);

    [Fact]
    public Task Duplicate_and_invalid_items_are_reported_in_arrays_and_collection_initializers() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            void M(CreateTokenRequest request)
            {
                request.AllowedIpRanges = new[] { "1.2.3.4", {|#0:"1.2.3.4"|} };
                request.AllowedIpRanges = new List<string> { {|#1:"2.3.4.0/242"|} };
            }
        }
        """,
        Verify.Diagnostic("KUMO105").WithLocation(0).WithArguments("allowed_ip_ranges", "has \"1.2.3.4\" more than once, but the API requires unique items"),
        Verify.Diagnostic("KUMO104").WithLocation(1).WithArguments("allowed_ip_ranges", "item \"2.3.4.0/242\" is not a valid CIDR range: the prefix length must be 0–32 for IPv4"));

    [Fact]
    public Task More_than_100_ranges_are_reported()
    {
        string ranges = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"10.0.{i / 256}.{i % 256}\""));
        return Verify.VerifyAsync(
            Usings + $$"""
            class C
            {
                CreateTokenRequest Request() => new CreateTokenRequest { Name = "ci", ExpiresIn = "1h", AllowedIpRanges = {|#0:[{{ranges}}]|} };

                void Spread(CreateTokenRequest request, string[] more) => request.AllowedIpRanges = {|#1:[.. more, {{ranges}}]|};
            }
            """,
            Verify.Diagnostic("KUMO105").WithLocation(0).WithArguments("allowed_ip_ranges", "has 101 items, but the API allows at most 100"),
            Verify.Diagnostic("KUMO105").WithLocation(1).WithArguments("allowed_ip_ranges", "has at least 101 items, but the API allows at most 100"));
    }

    [Fact]
    public Task Duration_above_a_maximum_from_metadata_is_reported() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            void M(CreateTokenRequest request)
            {
                request.ExpiresIn = {|#0:"9000h"|};
                request.ExpiresIn = {|#1:"8760h1s"|};
                request.ExpiresIn = "8760h";
                request.ExpiresIn = "525600m";
                request.ExpiresIn = "1h30m";
            }
        }
        """,
        new TestOptions { ExpiresInExtra = ", Maximum = \"8760h\"" },
        Verify.Diagnostic("KUMO103").WithLocation(0).WithArguments("expires_in", "is 9000h, which is longer than the API's maximum of 8760h"),
        Verify.Diagnostic("KUMO103").WithLocation(1).WithArguments("expires_in", "is 8760h1s, which is longer than the API's maximum of 8760h"));

    [Fact]
    public Task Duration_maximum_in_seconds_is_understood() => Verify.VerifyAsync(
        Usings + """
        class C
        {
            void M(CreateTokenRequest request) => request.ExpiresIn = {|#0:"1h1s"|};
        }
        """,
        new TestOptions { ExpiresInExtra = ", Maximum = \"3600\"" },
        Verify.Diagnostic("KUMO103").WithLocation(0).WithArguments("expires_in", "is 1h1s, which is longer than the API's maximum of 3600"));

    /// <summary>Today's generated metadata for expires_in has only the pattern: 9000h passes until a maximum is carried.</summary>
    [Fact]
    public Task Duration_without_a_maximum_in_metadata_is_not_judged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(CreateTokenRequest request) => request.ExpiresIn = "9000h";
        }
        """);

    [Fact]
    public Task Formats_of_string_members_are_checked_and_unusable_patterns_are_skipped() => Verify.VerifyAsync(
        Usings + """
        using Kumo.OpenApi.Runtime;

        class Model
        {
            [ApiMember("when", Format = "date-time")]
            public string? When { get; set; }

            [ApiMember("day", Format = "date")]
            public string? Day { get; set; }

            [ApiMember("id", Format = "uuid")]
            public string? Id { get; set; }

            [ApiMember("v4", Format = "ipv4")]
            public string? V4 { get; set; }

            [ApiMember("v6", Format = "ipv6")]
            public string? V6 { get; set; }

            [ApiMember("broken", Pattern = "(?<")]
            public string? Broken { get; set; }

            [ApiMember("code", Pattern = "^[A-Z]{3}$")]
            public string? Code { get; set; }

            [ApiMember("email", Format = "email")]
            public string? Email { get; set; }

            [ApiMember("ratio", Minimum = "0.5", Maximum = "1.5")]
            public double Ratio { get; set; }
        }

        class C
        {
            Model Good() => new Model { When = "2025-12-01T00:00:00.00001Z", Day = "2024-02-29", Id = "0c511c65-5375-4dd3-8a76-df12ba772110", V4 = "10.0.0.1", V6 = "2001:db8::1", Broken = "anything", Code = "EUR", Email = "not checked", Ratio = 1.5 };

            Model Bad() => new Model
            {
                When = {|#0:"2025-13-01T00:00:00Z"|},
                Day = {|#1:"2023-02-29"|},
                Id = {|#2:"not-a-uuid"|},
                V4 = {|#3:"010.0.0.1"|},
                V6 = {|#4:"10.0.0.1"|},
                Code = {|#5:"eur"|},
                Ratio = {|#6:1.6|},
            };
        }
        """,
        Verify.Diagnostic("KUMO104").WithLocation(0).WithArguments("when", "is \"2025-13-01T00:00:00Z\", which is not an RFC 3339 date-time such as 2025-12-01T00:00:00Z"),
        Verify.Diagnostic("KUMO104").WithLocation(1).WithArguments("day", "is \"2023-02-29\", which is not an RFC 3339 date such as 2025-12-01"),
        Verify.Diagnostic("KUMO104").WithLocation(2).WithArguments("id", "is \"not-a-uuid\", which is not a UUID such as 0c511c65-5375-4dd3-8a76-df12ba772110"),
        Verify.Diagnostic("KUMO104").WithLocation(3).WithArguments("v4", "is \"010.0.0.1\", which is not an IPv4 address"),
        Verify.Diagnostic("KUMO104").WithLocation(4).WithArguments("v6", "is \"10.0.0.1\", which is not an IPv6 address"),
        Verify.Diagnostic("KUMO104").WithLocation(5).WithArguments("code", "is \"eur\", which does not match the API's pattern ^[A-Z]{3}$"),
        Verify.Diagnostic("KUMO103").WithLocation(6).WithArguments("ratio", "is 1.6, but the API allows at most 1.5"));

    [Fact]
    public Task Token_shaped_values_are_never_echoed_in_messages() => Verify.VerifyAsync(
        Usings + $$"""
        class C
        {
            void M(Token token) => token.TokenValue = {|#0:"{{FakeToken.Prefix}}short"|};
        }
        """,
        Verify.Diagnostic("KUMO104").WithLocation(0).WithArguments("token", "is (a value that looks like a token), which does not match the API's pattern ^ucat_[0-9A-HJKMNP-TV-Z]{26}$"));
}
