using Kumo.OpenApi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Verify = Kumo.OpenApi.Analyzers.Tests.Infrastructure.Verifier<Kumo.OpenApi.Analyzers.Clients.HttpClientPerCallAnalyzer>;

namespace Kumo.OpenApi.Analyzers.Tests;

/// <summary>KUMO108: a generated client built on an HttpClient created for this call.</summary>
public sealed class HttpClientPerCallTests
{
    [Fact]
    public Task New_HttpClient_passed_directly_is_reported() => Verify.VerifyAsync(
        """
        using System.Net.Http;
        using System.Threading.Tasks;
        using Kumo.UpCloud;

        class TokenService
        {
            public Task<Token> GetAsync(System.Guid id) => new UpCloudClient(new HttpClient()).GetTokenAsync(id);
        }
        """,
        Verify.Diagnostic("KUMO108").WithSpan(7, 52, 7, 69).WithArguments("UpCloudClient"));

    [Fact]
    public Task Local_HttpClient_created_in_the_same_method_is_reported() => Verify.VerifyAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Kumo.UpCloud;

        class TokenService
        {
            public async Task<int> CountAsync()
            {
                using HttpClient http = new HttpClient(new SocketsHttpHandler());
                IUpCloudClient client = {|KUMO108:new UpCloudClient|}(http);
                return (await client.ListTokensAsync()).Count;
            }

            public UpCloudClient Create()
            {
                using (var http = new HttpClient())
                {
                    return {|KUMO108:new UpCloudClient|}(http);
                }
            }

            public UpCloudClient InstanceField = {|KUMO108:new UpCloudClient|}(new HttpClient());
        }
        """);

    [Fact]
    public Task Shared_clients_and_handlers_are_not_reported() => Verify.VerifyAsync("""
        using System.Net.Http;
        using Kumo.UpCloud;

        class TokenService
        {
            private static readonly HttpClient s_http = new HttpClient();
            private static readonly SocketsHttpHandler s_handler = new SocketsHttpHandler();
            private static readonly UpCloudClient s_client = new UpCloudClient(new HttpClient());
            private readonly HttpClient _http;

            public TokenService(HttpClient http) => _http = http;

            static TokenService() => Static = new UpCloudClient(new HttpClient());

            public static UpCloudClient Static { get; }

            public static UpCloudClient StaticProperty { get; } = new UpCloudClient(new HttpClient());

            public UpCloudClient FromField() => new UpCloudClient(_http);

            public UpCloudClient FromStaticField() => new UpCloudClient(s_http);

            public UpCloudClient FromParameter(HttpClient http) => new UpCloudClient(http);

            public UpCloudClient FromSharedHandler() => new UpCloudClient(new HttpClient(s_handler, disposeHandler: false));

            public NotGenerated NotAGeneratedClient() => new NotGenerated(new HttpClient());

            public static void Main() => new UpCloudClient(new HttpClient()).ToString();
        }

        class NotGenerated
        {
            public NotGenerated(HttpClient http) { }
        }
        """);

    [Fact]
    public Task Top_level_statements_are_not_reported() => Verify.VerifyAsync(
        """
        using System.Net.Http;
        using Kumo.UpCloud;

        using HttpClient http = new HttpClient();
        UpCloudClient client = new UpCloudClient(http);
        UpCloudClient other = new UpCloudClient(new HttpClient());
        System.Console.WriteLine(client.ToString() + other.ToString());
        """,
        new TestOptions { OutputKind = OutputKind.ConsoleApplication });
}
