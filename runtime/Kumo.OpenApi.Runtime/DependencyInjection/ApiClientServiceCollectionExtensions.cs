using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using Kumo.OpenApi.Runtime.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// Registers generated API clients with <see cref="IHttpClientFactory"/>: pooled handlers, authentication, the
/// standard resilience handler, a <c>User-Agent</c> and structured logging.
/// </summary>
/// <remarks>
/// <para>The handler pipeline, outermost first:</para>
/// <list type="number">
/// <item><description>call logging (method, path template, status, duration, attempts) and timeouts as <see cref="TimeoutException"/>;</description></item>
/// <item><description>the standard resilience handler (rate limiter, total timeout, retry of idempotent requests on 408/429/5xx and network errors honoring <c>Retry-After</c>, circuit breaker, attempt timeout), or only the total timeout when <see cref="ApiClientOptions.UseStandardResilience"/> is off;</description></item>
/// <item><description>authentication (bearer token or HTTP Basic), attached only for the configured origin and removed after each attempt;</description></item>
/// <item><description>per-attempt logging and response buffering;</description></item>
/// <item><description>the primary handler from <see cref="IHttpClientFactory"/>, with automatic redirects turned off.</description></item>
/// </list>
/// <para>
/// The factory's default request loggers are removed (they would log full URIs, query strings included); add them
/// back with <c>AddDefaultLogger()</c> on the returned builder if wanted. Handlers added to the returned builder run
/// inside all of the above, once per attempt.
/// </para>
/// </remarks>
public static class ApiClientServiceCollectionExtensions
{
    private static readonly HashSet<string> IdempotentMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE",
    };

    /// <summary>Registers an API client configured in code.</summary>
    /// <typeparam name="TClient">The service type callers resolve, usually the generated interface.</typeparam>
    /// <typeparam name="TImplementation">The generated client class.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name: the <see cref="IHttpClientFactory"/> name, the named options and the log category suffix.</param>
    /// <param name="defaultBaseAddress">The API's address from its description, used unless <see cref="ApiClientOptions.BaseAddress"/> is set.</param>
    /// <param name="factory">Creates the client around the factory's <see cref="HttpClient"/> (no reflection: native AOT friendly).</param>
    /// <param name="configure">Sets the options (credentials, timeouts…); may be <see langword="null"/>.</param>
    /// <returns>The <see cref="IHttpClientBuilder"/> for further configuration of the client's pipeline.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="defaultBaseAddress"/> is not an absolute URI.</exception>
    public static IHttpClientBuilder AddApiClient<TClient, TImplementation>(
        this IServiceCollection services,
        string name,
        string defaultBaseAddress,
        Func<HttpClient, TImplementation> factory,
        Action<ApiClientOptions>? configure = null)
        where TClient : class
        where TImplementation : class, TClient
    {
        Uri defaultBase = CheckArguments(services, name, defaultBaseAddress, factory);
        OptionsBuilder<ApiClientOptions> options = services.AddOptions<ApiClientOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore<TClient, TImplementation>(services, options, name, defaultBase, factory);
    }

    /// <summary>
    /// Registers an API client configured from a configuration section with the keys <c>BaseAddress</c>, <c>Token</c>,
    /// <c>TokenEnvironmentVariable</c>, <c>Username</c>, <c>Password</c>, <c>UserAgent</c>, <c>Timeout</c>,
    /// <c>AttemptTimeout</c>, <c>MaxRetries</c>, <c>LogBodies</c>, <c>UseStandardResilience</c> and <c>AllowAnonymous</c>.
    /// </summary>
    /// <typeparam name="TClient">The service type callers resolve, usually the generated interface.</typeparam>
    /// <typeparam name="TImplementation">The generated client class.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name: the <see cref="IHttpClientFactory"/> name, the named options and the log category suffix.</param>
    /// <param name="defaultBaseAddress">The API's address from its description, used unless the section sets <c>BaseAddress</c>.</param>
    /// <param name="factory">Creates the client around the factory's <see cref="HttpClient"/>.</param>
    /// <param name="configuration">The section, for example <c>builder.Configuration.GetSection("UpCloud")</c>. Keys are read one by one, without reflection; <c>Token</c> is read again at every request, so a reloaded secret applies at once.</param>
    /// <returns>The <see cref="IHttpClientBuilder"/> for further configuration of the client's pipeline.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="defaultBaseAddress"/> is not an absolute URI.</exception>
    /// <remarks><c>Username</c> and <c>Password</c> configure HTTP Basic, which the API discourages; a warning is logged when it is used.</remarks>
    public static IHttpClientBuilder AddApiClient<TClient, TImplementation>(
        this IServiceCollection services,
        string name,
        string defaultBaseAddress,
        Func<HttpClient, TImplementation> factory,
        IConfiguration configuration)
        where TClient : class
        where TImplementation : class, TClient
    {
        Uri defaultBase = CheckArguments(services, name, defaultBaseAddress, factory);
        ArgumentNullException.ThrowIfNull(configuration);
        OptionsBuilder<ApiClientOptions> options = services.AddOptions<ApiClientOptions>(name)
            .Configure(o => ApiClientConfigurationBinder.Bind(configuration, o));
        services.AddSingleton<IOptionsChangeTokenSource<ApiClientOptions>>(new ApiClientConfigurationChangeTokenSource(name, configuration));
        return AddCore<TClient, TImplementation>(services, options, name, defaultBase, factory);
    }

    private static Uri CheckArguments(IServiceCollection services, string name, string defaultBaseAddress, Delegate factory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(defaultBaseAddress);
        ArgumentNullException.ThrowIfNull(factory);
        if (!Uri.TryCreate(defaultBaseAddress, UriKind.Absolute, out Uri? defaultBase)
            || (defaultBase.Scheme != Uri.UriSchemeHttps && defaultBase.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The default base address must be an absolute URI such as https://api.upcloud.com.", nameof(defaultBaseAddress));
        }

        return defaultBase;
    }

    private static IHttpClientBuilder AddCore<TClient, TImplementation>(
        IServiceCollection services,
        OptionsBuilder<ApiClientOptions> options,
        string name,
        Uri defaultBase,
        Func<HttpClient, TImplementation> factory)
        where TClient : class
        where TImplementation : class, TClient
    {
        services.AddSingleton<IValidateOptions<ApiClientOptions>>(new ApiClientOptionsValidator(name, defaultBase));
        options.ValidateOnStart();

        IHttpClientBuilder builder = services.AddHttpClient(name);
        builder.ConfigureHttpClient((provider, client) => ConfigureClient(provider, name, defaultBase, client));
        builder.ConfigurePrimaryHttpMessageHandler(static (handler, _) => DisableAutomaticRedirects(handler));
        builder.RemoveAllLoggers();
        builder.AddHttpMessageHandler(provider => new ApiClientRequestHandler(CreateLogger(provider, name)));
        builder.AddStandardResilienceHandler().Configure((resilience, provider) => ConfigureResilience(resilience, OptionsOf(provider, name)));
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, provider) => ReplaceResilienceWhenDisabled(handlers, OptionsOf(provider, name)));
        builder.AddHttpMessageHandler(provider => CreateAuthenticationHandler(provider, name, defaultBase));
        builder.AddHttpMessageHandler(provider => new ApiClientAttemptHandler(CreateLogger(provider, name), OptionsOf(provider, name).LogBodies));

        services.AddTransient<TClient>(provider => factory(provider.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
        if (typeof(TClient) != typeof(TImplementation))
        {
            services.TryAddTransient<TImplementation>(provider => factory(provider.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
        }

        return builder;
    }

    private static ApiClientOptions OptionsOf(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IOptionsMonitor<ApiClientOptions>>().Get(name);

    private static ILogger CreateLogger(IServiceProvider provider, string name) =>
        (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(ApiClientLog.CategoryPrefix + name);

    private static void ConfigureClient(IServiceProvider provider, string name, Uri defaultBase, HttpClient client)
    {
        ApiClientOptions options = OptionsOf(provider, name);
        client.BaseAddress = options.BaseAddress ?? defaultBase;

        // Timeouts belong to the pipeline (total and per attempt); HttpClient's own 100 s default would cut them short.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.Remove("User-Agent");
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgentBuilder.Build(name, options.UserAgent));
    }

    private static void DisableAutomaticRedirects(HttpMessageHandler handler)
    {
        // A redirect followed inside the primary handler never comes back through the authentication handler, and
        // no API call of a generated client expects one: report 3xx as it is (Azure.Core does the same by default).
        switch (handler)
        {
            case HttpClientHandler httpClientHandler:
                httpClientHandler.AllowAutoRedirect = false;
                break;
            case SocketsHttpHandler socketsHandler:
                socketsHandler.AllowAutoRedirect = false;
                break;
        }
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, ApiClientOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;

        // The standard options require the attempt timeout to be shorter than the total: an attempt timeout at or
        // above Timeout means "no separate attempt limit", which is just below the total.
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout < options.Timeout
            ? options.AttemptTimeout
            : options.Timeout - TimeSpan.FromMilliseconds(1);

        // The standard options require a sampling window of at least two attempt timeouts.
        TimeSpan minimumSampling = resilience.AttemptTimeout.Timeout * 2;
        if (resilience.CircuitBreaker.SamplingDuration < minimumSampling)
        {
            resilience.CircuitBreaker.SamplingDuration = minimumSampling;
        }

        Func<RetryPredicateArguments<HttpResponseMessage>, System.Threading.Tasks.ValueTask<bool>> transient = resilience.Retry.ShouldHandle;
        if (options.MaxRetries <= 0)
        {
            resilience.Retry.ShouldHandle = static _ => PredicateResult.False();
        }
        else
        {
            resilience.Retry.MaxRetryAttempts = options.MaxRetries;

            // Only a request that can safely run twice is retried: a POST whose response was lost may have happened.
            resilience.Retry.ShouldHandle = arguments =>
                arguments.Context.GetRequestMessage() is { } request && IdempotentMethods.Contains(request.Method.Method)
                    ? transient(arguments)
                    : PredicateResult.False();
        }

        // When the handler is turned off its options are still built (then discarded): the user's changes must not
        // be able to fail a pipeline that will not run.
        if (options.UseStandardResilience)
        {
            options.ConfigureResilience?.Invoke(resilience);
        }
    }

    private static void ReplaceResilienceWhenDisabled(IList<DelegatingHandler> handlers, ApiClientOptions options)
    {
        if (options.UseStandardResilience)
        {
            return;
        }

        for (int i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i] is ResilienceHandler resilienceHandler)
            {
                resilienceHandler.Dispose();
                handlers[i] = new TotalTimeoutHandler(options.Timeout);
                return;
            }
        }
    }

    private static DelegatingHandler CreateAuthenticationHandler(IServiceProvider provider, string name, Uri defaultBase)
    {
        ApiClientOptions options = OptionsOf(provider, name);
        Uri baseAddress = options.BaseAddress ?? defaultBase;

        // Precedence: an explicit token, then a provider, then an environment variable (validation already
        // refused a token together with HTTP Basic).
        IAccessTokenProvider? tokenProvider = options.Token is { } token ? new StaticAccessTokenProvider(token)
            : options.TokenProvider
            ?? (options.TokenEnvironmentVariable is { } variable ? new EnvironmentAccessTokenProvider(variable) : null);
        if (tokenProvider is not null)
        {
            return new BearerTokenHandler(tokenProvider, baseAddress);
        }

        if (options.Basic is { } basic)
        {
            ApiClientLog.BasicAuthenticationInUse(CreateLogger(provider, name), name);
            (string username, string password) = basic.Resolve();
#pragma warning disable CS0618 // The discouraged scheme is still supported when the user configured it explicitly.
            return new BasicAuthenticationHandler(username, password, baseAddress);
#pragma warning restore CS0618
        }

        return new AnonymousHandler();
    }
}
