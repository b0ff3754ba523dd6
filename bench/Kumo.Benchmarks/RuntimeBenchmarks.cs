using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kumo.UpCloud;

namespace Kumo.Benchmarks;

/// <summary>
/// The per-call cost of the generated UpCloud client (built by the generator as this project's analyzer, exactly as the
/// sample consumes it) against <see cref="HandWrittenUpCloudClient"/>, the practical lower bound: both send through
/// one HttpClient over <see cref="InMemoryUpCloudHandler"/>, which answers with recorded bodies, so only client-side
/// work differs. Each category compares one operation; the hand-written client is its baseline (Ratio, Alloc Ratio).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    private const string AccountDetails = "AccountDetailsAsync";
    private const string GetToken = "GetTokenAsync";
    private const string ListTokens = "ListTokensAsync (100 tokens)";
    private const string CreateToken = "CreateTokenAsync";

    private RecordedBodies _bodies = null!;
    private InMemoryUpCloudHandler _handler = null!;
    private HttpClient _httpClient = null!;
    private UpCloudClient _generated = null!;
    private HandWrittenUpCloudClient _handWritten = null!;
    private CreateTokenRequest _createRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bodies = RecordedBodies.Load();
        _handler = new InMemoryUpCloudHandler(_bodies);
        _httpClient = new HttpClient(_handler, disposeHandler: true) { BaseAddress = new Uri(UpCloudClient.DefaultBaseAddress + "/") };
        _generated = new UpCloudClient(_httpClient);
        _handWritten = new HandWrittenUpCloudClient(_httpClient);

        // The request the Go SDK recorded in token.yaml.
        _createRequest = new CreateTokenRequest
        {
            Name = "my_1st_token",
            ExpiresAt = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero),
            CanCreateTokens = true,
            AllowedIpRanges = new List<string> { "0.0.0.0/0", "::/0" },
        };

        VerifySameResults().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _httpClient.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written")]
    [BenchmarkCategory(AccountDetails)]
    public Task<AccountResponse> HandWrittenAccountDetails() => _handWritten.AccountDetailsAsync();

    [Benchmark(Description = "generated")]
    [BenchmarkCategory(AccountDetails)]
    public Task<AccountResponse> GeneratedAccountDetails() => _generated.AccountDetailsAsync();

    [Benchmark(Baseline = true, Description = "hand-written")]
    [BenchmarkCategory(GetToken)]
    public Task<Token> HandWrittenGetToken() => _handWritten.GetTokenAsync(_bodies.TokenId);

    [Benchmark(Description = "generated")]
    [BenchmarkCategory(GetToken)]
    public Task<Token> GeneratedGetToken() => _generated.GetTokenAsync(_bodies.TokenId);

    [Benchmark(Baseline = true, Description = "hand-written")]
    [BenchmarkCategory(ListTokens)]
    public Task<IReadOnlyList<Token>> HandWrittenListTokens() => _handWritten.ListTokensAsync(RecordedBodies.ListedTokens);

    [Benchmark(Description = "generated")]
    [BenchmarkCategory(ListTokens)]
    public Task<IReadOnlyList<Token>> GeneratedListTokens() => _generated.ListTokensAsync(limit: RecordedBodies.ListedTokens);

    [Benchmark(Baseline = true, Description = "hand-written")]
    [BenchmarkCategory(CreateToken)]
    public Task<Token> HandWrittenCreateToken() => _handWritten.CreateTokenAsync(_createRequest);

    [Benchmark(Description = "generated")]
    [BenchmarkCategory(CreateToken)]
    public Task<Token> GeneratedCreateToken() => _generated.CreateTokenAsync(_createRequest);

    /// <summary>
    /// A lower bound that does less work would prove nothing: both clients must send the same request body and read
    /// the same values. Results are compared through the generated writers, member by member.
    /// </summary>
    private async Task VerifySameResults()
    {
        AssertSame("account", Json(UpCloudClientJson.WriteAccountResponse, await _generated.AccountDetailsAsync()), Json(UpCloudClientJson.WriteAccountResponse, await _handWritten.AccountDetailsAsync()));
        AssertSame("token", Json(UpCloudClientJson.WriteToken, await _generated.GetTokenAsync(_bodies.TokenId)), Json(UpCloudClientJson.WriteToken, await _handWritten.GetTokenAsync(_bodies.TokenId)));

        IReadOnlyList<Token> generatedList = await _generated.ListTokensAsync(limit: RecordedBodies.ListedTokens);
        IReadOnlyList<Token> handWrittenList = await _handWritten.ListTokensAsync(RecordedBodies.ListedTokens);
        if (generatedList.Count != RecordedBodies.ListedTokens || generatedList.Select(token => token.Id).Distinct().Count() != RecordedBodies.ListedTokens)
        {
            throw new InvalidOperationException($"Expected {RecordedBodies.ListedTokens} distinct tokens, got {generatedList.Count}.");
        }

        AssertSame("token list", Json((writer, list) => WriteList(writer, list), generatedList), Json((writer, list) => WriteList(writer, list), handWrittenList));

        _handler.CapturedRequestBody = new System.IO.MemoryStream();
        Token generatedCreated = await _generated.CreateTokenAsync(_createRequest);
        byte[] generatedRequest = _handler.CapturedRequestBody.ToArray();
        Token handWrittenCreated = await _handWritten.CreateTokenAsync(_createRequest);
        byte[] handWrittenRequest = _handler.CapturedRequestBody.ToArray();
        _handler.CapturedRequestBody = null;
        AssertSame("create request body", System.Text.Encoding.UTF8.GetString(generatedRequest), System.Text.Encoding.UTF8.GetString(handWrittenRequest));
        AssertSame("created token", Json(UpCloudClientJson.WriteToken, generatedCreated), Json(UpCloudClientJson.WriteToken, handWrittenCreated));
        if (generatedCreated.TokenValue is null)
        {
            throw new InvalidOperationException("The created token has no secret value: the recorded create response was not used.");
        }
    }

    private static void WriteList(Utf8JsonWriter writer, IReadOnlyList<Token> tokens)
    {
        writer.WriteStartArray();
        foreach (Token token in tokens)
        {
            UpCloudClientJson.WriteToken(writer, token);
        }

        writer.WriteEndArray();
    }

    private static string Json<T>(Action<Utf8JsonWriter, T> write, T value)
    {
        ArrayBufferWriter<byte> buffer = new ArrayBufferWriter<byte>();
        using (Utf8JsonWriter writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertSame(string what, string generated, string handWritten)
    {
        if (generated != handWritten)
        {
            throw new InvalidOperationException($"The hand-written client differs from the generated one in the {what}:\n generated:    {generated}\n hand-written: {handWritten}");
        }
    }
}
