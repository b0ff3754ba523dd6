using System.Globalization;
using System.Text;

namespace Kumo.Benchmarks;

/// <summary>
/// Writes a consumer file of about 2,000 lines that uses the generated UpCloud client the way application code does:
/// paging through tokens, creating tokens with initializers and IP range lists, fetching and revoking, handling the
/// typed errors. Every tenth service also holds one mistake the analyzers report, so reporting is part of the cost.
/// </summary>
internal static class ConsumerSource
{
    public static string Create(int services = 40)
    {
        StringBuilder source = new StringBuilder();
        source.AppendLine("#nullable enable");
        source.AppendLine("using System;");
        source.AppendLine("using System.Collections.Generic;");
        source.AppendLine("using System.Linq;");
        source.AppendLine("using System.Net.Http;");
        source.AppendLine("using System.Threading;");
        source.AppendLine("using System.Threading.Tasks;");
        source.AppendLine("using Kumo.OpenApi.Runtime.Authentication;");
        source.AppendLine("using Kumo.UpCloud;");
        source.AppendLine();
        source.AppendLine("namespace Consumer;");
        for (int i = 0; i < services; i++)
        {
            AppendService(source, i);
        }

        return source.ToString();
    }

    private static void AppendService(StringBuilder source, int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        bool withMistake = i % 10 == 9;
        source.Append($$"""

            public sealed class TokenService{{n}}
            {
                private readonly IUpCloudClient _client;

                public TokenService{{n}}(IUpCloudClient client) => _client = client;

                public async Task<IReadOnlyList<Token>> ListAllAsync(CancellationToken cancellationToken)
                {
                    List<Token> all = new List<Token>();
                    for (int offset = 0; ; offset += 100)
                    {
                        IReadOnlyList<Token> page = await _client.ListTokensAsync(limit: {{(withMistake ? "500" : "100")}}, offset: offset, gui: false, cancellationToken: cancellationToken);
                        all.AddRange(page);
                        if (page.Count < 100)
                        {
                            return all;
                        }
                    }
                }

                public async Task<Token> CreateAsync(string name, CancellationToken cancellationToken)
                {
                    CreateTokenRequest request = new CreateTokenRequest
                    {
                        Name = name.Length == 0 ? "service-{{n}}" : name,
                        ExpiresIn = "{{(withMistake ? "7d" : "24h")}}",
                        CanCreateTokens = false,
                        AllowedIpRanges = ["10.{{n}}.0.0/16", "192.168.{{n}}.1-192.168.{{n}}.99", "2001:db8::{{n}}/128"],
                    };
                    return await _client.CreateTokenAsync(request, cancellationToken);
                }

                public Task<Token> CreateUntilAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
                    _client.CreateTokenAsync(new CreateTokenRequest { Name = "until-{{n}}", ExpiresAt = expiresAt, AllowedIpRanges = ["0.0.0.0/0", "::/0"] }, cancellationToken);

                public async Task<int> RevokeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
                {
                    int revoked = 0;
                    foreach (Token token in await ListAllAsync(cancellationToken))
                    {
                        if (token.ExpiresAt < now && !token.Gui)
                        {
                            await _client.RevokeTokenAsync(token.Id, cancellationToken);
                            revoked++;
                        }
                    }

                    return revoked;
                }

                public async Task<string> DescribeAsync(Guid id, CancellationToken cancellationToken)
                {
                    try
                    {
                        Token token = await _client.GetTokenAsync(id, cancellationToken);
                        string ranges = string.Join(", ", token.AllowedIpRanges.OrderBy(range => range, StringComparer.Ordinal));
                        return $"{token.Name} ({token.Id}) expires {token.ExpiresAt:u}, ranges [{ranges}]";
                    }
                    catch (UpCloudNotFoundException)
                    {
                        return $"{id}: no such token";
                    }
                    catch (UpCloudApiException ex) when (ex.StatusCode == 401)
                    {
                        return $"{id}: not authorized ({ex.ErrorCode})";
                    }
                }

                public async Task<double> CreditsAsync(CancellationToken cancellationToken)
                {
                    AccountResponse account = await _client.AccountDetailsAsync(cancellationToken);
                    return account.Account.Credits ?? 0d;
                }

                public static HttpClient CreateHttpClient(IAccessTokenProvider tokens) =>
                    new HttpClient(new BearerTokenHandler(tokens, new Uri("{{(withMistake ? "http://api.example.com" : "https://api.upcloud.com")}}")) { InnerHandler = new SocketsHttpHandler() });
            }

            """);
    }
}
