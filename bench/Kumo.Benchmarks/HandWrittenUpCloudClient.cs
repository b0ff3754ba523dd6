using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Kumo.UpCloud;

namespace Kumo.Benchmarks;

/// <summary>
/// The practical lower bound for the generated client: the same four operations written by hand as directly as
/// possible. Same HTTP plumbing (an HttpRequestMessage sent with SendAsync over the same handler, headers read
/// first, the body read as bytes), the same model classes, the same status check; JSON read and written with
/// Utf8JsonReader/Utf8JsonWriter inline, with no helpers, no delegates and no per-request options.
/// Required members are checked (a missing one throws) as the generated readers do; members the models do not
/// declare are skipped rather than kept.
/// </summary>
internal sealed class HandWrittenUpCloudClient
{
    private static readonly MediaTypeHeaderValue s_json = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    private static readonly JsonWriterOptions s_writerOptions = new JsonWriterOptions { SkipValidation = true };

    private readonly HttpClient _httpClient;
    private readonly string _baseAddress;

    public HandWrittenUpCloudClient(HttpClient httpClient)
    {
        _httpClient = httpClient;
        _baseAddress = httpClient.BaseAddress!.AbsoluteUri.TrimEnd('/');
    }

    public async Task<AccountResponse> AccountDetailsAsync(CancellationToken cancellationToken = default)
    {
        byte[] body = await GetAsync(_baseAddress + "/1.3/account", cancellationToken).ConfigureAwait(false);
        return ParseAccountResponse(body);
    }

    public async Task<Token> GetTokenAsync(Guid tokenUuid, CancellationToken cancellationToken = default)
    {
        byte[] body = await GetAsync(string.Create(CultureInfo.InvariantCulture, $"{_baseAddress}/1.3/account/tokens/{tokenUuid:D}"), cancellationToken).ConfigureAwait(false);
        return ParseToken(body);
    }

    public async Task<IReadOnlyList<Token>> ListTokensAsync(int limit, CancellationToken cancellationToken = default)
    {
        byte[] body = await GetAsync(string.Create(CultureInfo.InvariantCulture, $"{_baseAddress}/1.3/account/tokens?limit={limit}"), cancellationToken).ConfigureAwait(false);
        return ParseTokenList(body);
    }

    public async Task<Token> CreateTokenAsync(CreateTokenRequest body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArrayBufferWriter<byte> buffer = new ArrayBufferWriter<byte>(256);
        using (Utf8JsonWriter writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            WriteCreateTokenRequest(writer, body);
        }

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress + "/1.3/account/tokens", UriKind.Absolute));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        ReadOnlyMemoryContent content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = s_json;
        request.Content = content;
        using HttpResponseMessage response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(response);
        return ParseToken(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task<byte[]> GetAsync(string uri, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.Absolute));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using HttpResponseMessage response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(response);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void EnsureSuccess(HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        if (status < 200 || status > 299)
        {
            throw new HttpRequestException("The API answered " + status.ToString(CultureInfo.InvariantCulture) + ".", null, response.StatusCode);
        }
    }

    private static AccountResponse ParseAccountResponse(byte[] body)
    {
        Utf8JsonReader reader = new Utf8JsonReader(body);
        reader.Read();
        ExpectStartObject(ref reader);
        AccountResponse result = new AccountResponse();
        bool hasAccount = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("account"u8)) { reader.Read(); result.Account = ReadAccount(ref reader); hasAccount = true; }
            else { reader.Skip(); }
        }

        return hasAccount ? result : throw Missing("account");
    }

    private static Account ReadAccount(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        Account result = new Account();
        bool hasUsername = false;
        bool hasLimits = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("username"u8)) { reader.Read(); result.Username = reader.GetString() ?? throw Missing("username"); hasUsername = true; }
            else if (reader.ValueTextEquals("credits"u8)) { reader.Read(); result.Credits = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble(); }
            else if (reader.ValueTextEquals("credits_breakdown"u8)) { reader.Read(); result.CreditsBreakdown = reader.TokenType == JsonTokenType.Null ? null : ReadCreditsBreakdown(ref reader); }
            else if (reader.ValueTextEquals("resource_limits"u8)) { reader.Read(); result.ResourceLimits = ReadResourceLimits(ref reader); hasLimits = true; }
            else if (reader.ValueTextEquals("trial_mode"u8)) { reader.Read(); result.TrialMode = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); }
            else { reader.Skip(); }
        }

        return !hasUsername ? throw Missing("username") : !hasLimits ? throw Missing("resource_limits") : result;
    }

    private static CreditsBreakdown ReadCreditsBreakdown(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        CreditsBreakdown result = new CreditsBreakdown();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("account_credits"u8)) { reader.Read(); result.AccountCredits = reader.TokenType == JsonTokenType.Null ? null : ReadAccountCredits(ref reader); }
            else if (reader.ValueTextEquals("account_free_credits"u8)) { reader.Read(); result.AccountFreeCredits = reader.TokenType == JsonTokenType.Null ? null : ReadAccountFreeCredits(ref reader); }
            else if (reader.ValueTextEquals("total_credits"u8)) { reader.Read(); result.TotalCredits = NullableDouble(ref reader); }
            else { reader.Skip(); }
        }

        return result;
    }

    private static AccountCredits ReadAccountCredits(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        AccountCredits result = new AccountCredits();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("debt_credits"u8)) { reader.Read(); result.DebtCredits = NullableDouble(ref reader); }
            else if (reader.ValueTextEquals("max_debt"u8)) { reader.Read(); result.MaxDebt = NullableDouble(ref reader); }
            else if (reader.ValueTextEquals("paid_credits"u8)) { reader.Read(); result.PaidCredits = NullableDouble(ref reader); }
            else { reader.Skip(); }
        }

        return result;
    }

    private static AccountFreeCredits ReadAccountFreeCredits(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        AccountFreeCredits result = new AccountFreeCredits();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("breakdown"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    List<FreeCreditGrant> grants = new List<FreeCreditGrant>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        grants.Add(ReadFreeCreditGrant(ref reader));
                    }

                    result.Breakdown = grants;
                }
            }
            else { reader.Skip(); }
        }

        return result;
    }

    private static FreeCreditGrant ReadFreeCreditGrant(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        FreeCreditGrant result = new FreeCreditGrant();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("free_credit_type"u8)) { reader.Read(); result.FreeCreditType = reader.GetString(); }
            else if (reader.ValueTextEquals("free_credits"u8)) { reader.Read(); result.FreeCredits = NullableDouble(ref reader); }
            else if (reader.ValueTextEquals("free_credits_expire"u8)) { reader.Read(); result.FreeCreditsExpire = reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset(); }
            else { reader.Skip(); }
        }

        return result;
    }

    private static ResourceLimits ReadResourceLimits(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        ResourceLimits result = new ResourceLimits();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("cores"u8)) { reader.Read(); result.Cores = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("memory"u8)) { reader.Read(); result.Memory = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("networks"u8)) { reader.Read(); result.Networks = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("network_peerings"u8)) { reader.Read(); result.NetworkPeerings = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("network_gateways"u8)) { reader.Read(); result.NetworkGateways = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("network_gateways_essentials"u8)) { reader.Read(); result.NetworkGatewaysEssentials = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("public_ipv4"u8)) { reader.Read(); result.PublicIpv4 = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("public_ipv6"u8)) { reader.Read(); result.PublicIpv6 = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("detached_floating_ips"u8)) { reader.Read(); result.DetachedFloatingIps = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("detached_interfaces"u8)) { reader.Read(); result.DetachedInterfaces = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("routers"u8)) { reader.Read(); result.Routers = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("storage_hdd"u8)) { reader.Read(); result.StorageHdd = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("storage_ssd"u8)) { reader.Read(); result.StorageSsd = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("storage_maxiops"u8)) { reader.Read(); result.StorageMaxiops = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("storage_standard"u8)) { reader.Read(); result.StorageStandard = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("storage_total"u8)) { reader.Read(); result.StorageTotal = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("file_storages"u8)) { reader.Read(); result.FileStorages = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("gpus"u8)) { reader.Read(); result.Gpus = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("load_balancers"u8)) { reader.Read(); result.LoadBalancers = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("load_balancers_essentials"u8)) { reader.Read(); result.LoadBalancersEssentials = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("managed_databases"u8)) { reader.Read(); result.ManagedDatabases = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("managed_kubernetes"u8)) { reader.Read(); result.ManagedKubernetes = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("managed_object_storages"u8)) { reader.Read(); result.ManagedObjectStorages = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("managed_container_registries"u8)) { reader.Read(); result.ManagedContainerRegistries = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("ntp_excess_gib"u8)) { reader.Read(); result.NtpExcessGib = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("tags"u8)) { reader.Read(); result.Tags = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("cloud_server_dev_1xcpu_1gb_plans"u8)) { reader.Read(); result.CloudServerDev1xcpu1gbPlans = NullableInt64(ref reader); }
            else if (reader.ValueTextEquals("cloud_server_dev_1xcpu_1gb_10gb_plans"u8)) { reader.Read(); result.CloudServerDev1xcpu1gb10gbPlans = NullableInt64(ref reader); }
            else { reader.Skip(); }
        }

        return result;
    }

    private static Token ParseToken(byte[] body)
    {
        Utf8JsonReader reader = new Utf8JsonReader(body);
        reader.Read();
        return ReadToken(ref reader);
    }

    private static List<Token> ParseTokenList(byte[] body)
    {
        Utf8JsonReader reader = new Utf8JsonReader(body);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array.");
        }

        List<Token> tokens = new List<Token>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            tokens.Add(ReadToken(ref reader));
        }

        return tokens;
    }

    private static Token ReadToken(ref Utf8JsonReader reader)
    {
        const int allRequired = 0b111_1111;
        ExpectStartObject(ref reader);
        Token result = new Token();
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); result.Id = reader.GetGuid(); seen |= 1; }
            else if (reader.ValueTextEquals("name"u8)) { reader.Read(); result.Name = reader.GetString() ?? throw Missing("name"); seen |= 2; }
            else if (reader.ValueTextEquals("type"u8)) { reader.Read(); result.Type = reader.TokenType == JsonTokenType.Null ? (TokenType?)null : new TokenType(reader.GetString()!); }
            else if (reader.ValueTextEquals("token"u8)) { reader.Read(); result.TokenValue = reader.GetString(); }
            else if (reader.ValueTextEquals("created_at"u8)) { reader.Read(); result.CreatedAt = reader.GetDateTimeOffset(); seen |= 4; }
            else if (reader.ValueTextEquals("expires_at"u8)) { reader.Read(); result.ExpiresAt = reader.GetDateTimeOffset(); seen |= 8; }
            else if (reader.ValueTextEquals("last_used_at"u8)) { reader.Read(); result.LastUsedAt = reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset(); }
            else if (reader.ValueTextEquals("can_create_tokens"u8)) { reader.Read(); result.CanCreateTokens = reader.GetBoolean(); seen |= 16; }
            else if (reader.ValueTextEquals("allowed_ip_ranges"u8)) { reader.Read(); result.AllowedIpRanges = ReadStrings(ref reader); seen |= 32; }
            else if (reader.ValueTextEquals("gui"u8)) { reader.Read(); result.Gui = reader.GetBoolean(); seen |= 64; }
            else { reader.Skip(); }
        }

        return seen == allRequired ? result : throw Missing("a required member of Token");
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array.");
        }

        List<string> items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.GetString()!);
        }

        return items;
    }

    private static void WriteCreateTokenRequest(Utf8JsonWriter writer, CreateTokenRequest value)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, value.Name);
        if (value.ExpiresAt is { } expiresAt) { writer.WriteString("expires_at"u8, expiresAt); }
        if (value.ExpiresIn is not null) { writer.WriteString("expires_in"u8, value.ExpiresIn); }
        if (value.CanCreateTokens is { } canCreateTokens) { writer.WriteBoolean("can_create_tokens"u8, canCreateTokens); }
        if (value.Gui is { } gui) { writer.WriteBoolean("gui"u8, gui); }
        if (value.AllowedIpRanges is { } ranges)
        {
            writer.WriteStartArray("allowed_ip_ranges"u8);
            for (int i = 0; i < ranges.Count; i++)
            {
                writer.WriteStringValue(ranges[i]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static double? NullableDouble(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    private static long? NullableInt64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    private static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object.");
        }
    }

    private static JsonException Missing(string member) => new JsonException("The response has no " + member + ".");
}
