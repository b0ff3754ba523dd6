using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kumo.OpenApi.Runtime.Authentication;
using Microsoft.Extensions.Http.Resilience;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// Settings of one API client registered with
/// <see cref="ApiClientServiceCollectionExtensions.AddApiClient{TClient, TImplementation}(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, string, Func{System.Net.Http.HttpClient, TImplementation}, Action{ApiClientOptions}?)"/>:
/// where it sends requests, how it authenticates, its timeouts, retries and logging.
/// </summary>
/// <remarks>
/// <para>
/// Authentication, first match wins: <see cref="Token"/>, then <see cref="TokenProvider"/>, then
/// <see cref="TokenEnvironmentVariable"/>; HTTP Basic only through the discouraged <c>UseBasicAuthentication…</c>
/// methods. Configuring a token and HTTP Basic together is an error, as is configuring nothing unless
/// <see cref="AllowAnonymous"/> is set. Both are reported when the host starts (or at the first request without a host).
/// </para>
/// <para><see cref="ToString"/> and the debugger display never show a token or password.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ApiClientOptions
{
    /// <summary>The default of <see cref="Timeout"/>: 30 seconds, as the standard resilience handler's total timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default of <see cref="AttemptTimeout"/>: 10 seconds, as the standard resilience handler's attempt timeout.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The default of <see cref="MaxRetries"/>: 3.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>The largest accepted <see cref="MaxRetries"/>.</summary>
    public const int MaxRetriesLimit = 10;

    /// <summary>The environment variable read by <see cref="UseBasicAuthenticationFromEnvironment"/> for the user name by default.</summary>
    public const string UpCloudUsernameVariable = "UPCLOUD_USERNAME";

    /// <summary>The environment variable read by <see cref="UseBasicAuthenticationFromEnvironment"/> for the password by default.</summary>
    public const string UpCloudPasswordVariable = "UPCLOUD_PASSWORD";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string? _token;

    /// <summary>The API's address; <see langword="null"/> for the address from the API description. Plain http is allowed only to a loopback host when credentials are configured.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>A fixed API token sent as <c>Authorization: Bearer …</c>, for example UpCloud's <c>ucat_…</c>. Takes precedence over every other setting.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string? Token
    {
        get => _token;
        set => _token = value;
    }

    /// <summary>Supplies the bearer token for every request (a vault, a rotating or caching provider). Used when <see cref="Token"/> is not set.</summary>
    public IAccessTokenProvider? TokenProvider { get; set; }

    /// <summary>An environment variable read for the bearer token at every request, for example <c>UPCLOUD_TOKEN</c>. Used when neither <see cref="Token"/> nor <see cref="TokenProvider"/> is set.</summary>
    public string? TokenEnvironmentVariable { get; set; }

    /// <summary>Sends requests without credentials when none are configured, instead of failing validation. Off by default.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Your product, put before the runtime's own product token in <c>User-Agent</c>, for example <c>my-app/1.2</c>.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The longest a call may take, retries and their delays included. Default 30 seconds. A call that takes longer throws <see cref="TimeoutException"/>.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>The longest one attempt may take, response body included. Default 10 seconds. A value at or above <see cref="Timeout"/> is capped just below it. Not used when <see cref="UseStandardResilience"/> is off.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>How many times an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) is retried after a transient failure; 0 disables retries. Default 3, at most 10.</summary>
    public int MaxRetries { get; set; } = DefaultMaxRetries;

    /// <summary>Whether the standard resilience handler (rate limiter, total timeout, retry, circuit breaker, attempt timeout) is in the pipeline. On by default; when off only <see cref="Timeout"/> applies.</summary>
    public bool UseStandardResilience { get; set; } = true;

    /// <summary>Whether request and response bodies are logged (at most 4096 characters each, with <c>token</c>/<c>password</c> members and <c>ucat_</c> tokens redacted). Off by default.</summary>
    public bool LogBodies { get; set; }

    /// <summary>Changes the standard resilience handler's settings after this client's own defaults were applied (delays, circuit breaker, rate limiter, <c>ShouldHandle</c>…).</summary>
    public Action<HttpStandardResilienceOptions>? ConfigureResilience { get; set; }

    /// <summary>The HTTP Basic credentials configured, if any.</summary>
    internal BasicCredentials? Basic { get; private set; }

    /// <summary>Whether any bearer token source is configured.</summary>
    internal bool HasBearerToken => Token is not null || TokenProvider is not null || TokenEnvironmentVariable is not null;

    /// <summary>Authenticates with HTTP Basic (RFC 7617, UTF-8).</summary>
    /// <param name="username">The API user name.</param>
    /// <param name="password">The password.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>UpCloud discourages HTTP Basic: it needs API access enabled for the account and does not work with two-factor authentication. Use an API token.</remarks>
    [Obsolete("HTTP Basic authentication is discouraged by the API and will be deprecated; set Token, TokenProvider or TokenEnvironmentVariable instead.")]
    [DiscouragedAuthentication("HTTP Basic", "an API token: ApiClientOptions.Token, TokenProvider or TokenEnvironmentVariable")]
    public void UseBasicAuthentication(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        Basic = BasicCredentials.Fixed(username, password);
    }

    /// <summary>Authenticates with HTTP Basic (RFC 7617, UTF-8), reading the user name and password from environment variables when the client's handler is built.</summary>
    /// <param name="usernameVariable">The variable holding the user name; <c>UPCLOUD_USERNAME</c> by default.</param>
    /// <param name="passwordVariable">The variable holding the password; <c>UPCLOUD_PASSWORD</c> by default.</param>
    /// <exception cref="ArgumentException">A variable name is empty.</exception>
    /// <remarks>UpCloud discourages HTTP Basic: it needs API access enabled for the account and does not work with two-factor authentication. Use an API token.</remarks>
    [Obsolete("HTTP Basic authentication is discouraged by the API and will be deprecated; set Token, TokenProvider or TokenEnvironmentVariable instead.")]
    [DiscouragedAuthentication("HTTP Basic", "an API token: ApiClientOptions.TokenEnvironmentVariable = \"UPCLOUD_TOKEN\"")]
    public void UseBasicAuthenticationFromEnvironment(string usernameVariable = UpCloudUsernameVariable, string passwordVariable = UpCloudPasswordVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(usernameVariable);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordVariable);
        Basic = BasicCredentials.FromEnvironment(usernameVariable, passwordVariable);
    }

    /// <summary>Used by configuration binding, which must not raise the obsolescence warning on itself.</summary>
    internal void SetBasic(BasicCredentials credentials) => Basic = credentials;

    /// <summary>Describes the options; tokens and passwords are shown as <c>[redacted]</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("ApiClientOptions { BaseAddress = ");
        builder.Append(BaseAddress is null ? "(default)" : CredentialGuard.DescribeOrigin(BaseAddress) + (BaseAddress.IsAbsoluteUri ? BaseAddress.AbsolutePath : string.Empty));
        builder.Append(", Authentication = ").Append(DescribeAuthentication());
        if (UserAgent is not null)
        {
            builder.Append(", UserAgent = ").Append(UserAgent);
        }

        builder.Append(", Timeout = ").Append(Timeout.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", AttemptTimeout = ").Append(AttemptTimeout.ToString("c", CultureInfo.InvariantCulture));
        builder.Append(", MaxRetries = ").Append(MaxRetries.ToString(CultureInfo.InvariantCulture));
        builder.Append(", UseStandardResilience = ").Append(UseStandardResilience ? "true" : "false");
        builder.Append(", LogBodies = ").Append(LogBodies ? "true" : "false");
        return builder.Append(" }").ToString();
    }

    /// <summary>Which credentials are in use, named without their values.</summary>
    internal string DescribeAuthentication()
    {
        string bearer = Token is not null ? "Bearer (Token = " + TokenText.Redacted + ")"
            : TokenProvider is not null ? "Bearer (TokenProvider = " + TokenProvider.GetType().Name + ")"
            : TokenEnvironmentVariable is not null ? "Bearer (environment variable " + TokenEnvironmentVariable + ")"
            : string.Empty;
        string basic = Basic?.ToString() ?? string.Empty;
        if (bearer.Length > 0 && basic.Length > 0)
        {
            return bearer + " and " + basic;
        }

        return bearer.Length > 0 ? bearer : basic.Length > 0 ? basic : AllowAnonymous ? "none (anonymous)" : "none";
    }
}
