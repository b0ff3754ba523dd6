using System.Net;
using Kumo.OpenApi.Runtime.Authentication;
using Kumo.OpenApi.Runtime.DependencyInjection;
using Kumo.OpenApi.Runtime.Tests.Authentication;
using Kumo.OpenApi.Runtime.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kumo.OpenApi.Runtime.Tests.DependencyInjection;

public sealed class ApiClientRegistrationTests
{
    [Fact]
    public async Task Registered_client_sends_the_token_the_user_agent_and_resolves_through_the_factory()
    {
        string secret = TestTokens.New();
        using var services = TestServices.Create(o => o.Token = secret);

        Assert.Equal("kumo", await services.Client.GetUsernameAsync());

        RecordedRequest sent = services.Network.Single;
        Assert.Equal("Bearer " + secret, sent.Authorization);
        Assert.Equal(new Uri("https://api.example.com/1.3/account?secret_query=1"), sent.Uri);
        Assert.IsType<MiniClient>(services.Provider.GetRequiredService<MiniClient>());
        services.Logs.AssertNeverContains(secret);
    }

    [Fact]
    public async Task User_agent_names_the_product_runtime_version_and_client()
    {
        HttpRequestMessage? seen = null;
        using var services = TestServices.Create(
            o => { o.Token = TestTokens.New(); o.UserAgent = "my-app/1.2"; },
            request => { seen = request; return TestServices.Json("{\"account\":{\"username\":\"kumo\"}}"); });

        await services.Client.GetUsernameAsync();

        string userAgent = string.Join(" ", seen!.Headers.UserAgent.Select(product => product.ToString()));
        Assert.Matches(@"^my-app/1\.2 kumo-openapi/\d+\.\d+\.\d+[^ +]* \(MiniClient\)$", userAgent);
    }

    [Fact]
    public async Task Options_precedence_is_token_then_provider_then_environment_variable()
    {
        string explicitToken = TestTokens.New();
        string providerToken = TestTokens.New();
        using (var services = TestServices.Create(o =>
        {
            o.Token = explicitToken;
            o.TokenProvider = new StaticAccessTokenProvider(providerToken);
            o.TokenEnvironmentVariable = "KUMO_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        }))
        {
            await services.Client.GetUsernameAsync();
            Assert.Equal("Bearer " + explicitToken, services.Network.Single.Authorization);
        }

        using (var services = TestServices.Create(o =>
        {
            o.TokenProvider = new StaticAccessTokenProvider(providerToken);
            o.TokenEnvironmentVariable = "KUMO_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        }))
        {
            await services.Client.GetUsernameAsync();
            Assert.Equal("Bearer " + providerToken, services.Network.Single.Authorization);
        }

        string variable = "KUMO_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        string environmentToken = TestTokens.New();
        Environment.SetEnvironmentVariable(variable, environmentToken);
        try
        {
            using var services = TestServices.Create(o => o.TokenEnvironmentVariable = variable);
            await services.Client.GetUsernameAsync();
            Assert.Equal("Bearer " + environmentToken, services.Network.Single.Authorization);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Token_and_basic_together_fail_with_the_go_sdk_message_and_without_secrets()
    {
        string secret = TestTokens.New();
        using var services = TestServices.Create(o =>
        {
            o.Token = secret;
#pragma warning disable CS0618
            o.UseBasicAuthentication("user", "hunter2-password");
#pragma warning restore CS0618
        });

        var exception = Assert.Throws<OptionsValidationException>(() => services.Client);

        Assert.Contains("only one authentication method (token or basic auth) can be provided", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-password", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_and_basic_together_stop_the_host_at_startup()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddApiClient<IMiniClient, MiniClient>("MiniClient", MiniClient.DefaultBaseAddress, http => new MiniClient(http), o =>
        {
            o.TokenEnvironmentVariable = "UPCLOUD_TOKEN";
#pragma warning disable CS0618
            o.UseBasicAuthenticationFromEnvironment();
#pragma warning restore CS0618
        });
        using IHost host = builder.Build();

        // The client's options and the resilience options built from them both fail validation: the host reports both.
        Exception exception = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.True(exception is OptionsValidationException or AggregateException, exception.GetType().Name);
        Assert.Contains("only one authentication method (token or basic auth) can be provided", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_credentials_is_an_error_unless_anonymous_is_allowed()
    {
        using (var services = TestServices.Create(_ => { }))
        {
            var exception = Assert.Throws<OptionsValidationException>(() => services.Client);
            Assert.Contains("has no credentials", exception.Message, StringComparison.Ordinal);
            Assert.Contains("UPCLOUD_TOKEN", exception.Message, StringComparison.Ordinal);
        }

        using (var services = TestServices.Create(o => o.AllowAnonymous = true))
        {
            Assert.NotNull(services.Client);
        }
    }

    [Theory]
    [InlineData("http://api.example.com/", "plain http")]
    [InlineData("http://10.0.0.1:8080/", "plain http")]
    [InlineData("ftp://api.example.com/", "absolute http or https")]
    public void Credentials_are_refused_for_unsafe_base_addresses(string baseAddress, string expected)
    {
        using var services = TestServices.Create(o => { o.Token = TestTokens.New(); o.BaseAddress = new Uri(baseAddress); });

        var exception = Assert.Throws<OptionsValidationException>(() => services.Client);

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Empty(services.Network.Requests);
    }

    [Fact]
    public void Invalid_settings_are_reported_together()
    {
        using var services = TestServices.Create(o =>
        {
            o.Token = "has space " + TestTokens.New();
            o.Timeout = TimeSpan.FromSeconds(5);
            o.AttemptTimeout = TimeSpan.FromSeconds(10); // allowed: capped below Timeout
            o.MaxRetries = 50;
            o.UserAgent = "bad\r\nHeader: injected";
        });

        var exception = Assert.Throws<OptionsValidationException>(() => services.Client);

        Assert.Equal(3, exception.Failures.Count());
        Assert.Contains("Token is empty or contains whitespace", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetries must be between 0 and 10", exception.Message, StringComparison.Ordinal);
        Assert.Contains("UserAgent", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_to_string_never_shows_secrets()
    {
        string secret = TestTokens.New();
        var options = new ApiClientOptions { Token = secret, BaseAddress = new Uri("https://api.upcloud.com/") };
        Assert.DoesNotContain(secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bearer (Token = [redacted])", options.ToString(), StringComparison.Ordinal);
        BearerTokenHandlerTests.AssertSecretsHiddenFromDebugger(typeof(ApiClientOptions), "_token");

        var basic = new ApiClientOptions();
#pragma warning disable CS0618
        basic.UseBasicAuthentication("kumo_user", "hunter2-password");
#pragma warning restore CS0618
        Assert.DoesNotContain("hunter2-password", basic.ToString(), StringComparison.Ordinal);
        Assert.Contains("Basic (Username = kumo_user, Password = [redacted])", basic.ToString(), StringComparison.Ordinal);

        var provided = new ApiClientOptions { TokenProvider = new StaticAccessTokenProvider(secret) };
        Assert.Contains("Bearer (TokenProvider = StaticAccessTokenProvider)", provided.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_configuration_methods_are_obsolete_and_discouraged()
    {
        foreach (string method in new[] { nameof(ApiClientOptions.UseBasicAuthentication), nameof(ApiClientOptions.UseBasicAuthenticationFromEnvironment) })
        {
            System.Reflection.MethodInfo info = typeof(ApiClientOptions).GetMethod(method)!;
            Assert.NotNull(info.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
            var discouraged = (DiscouragedAuthenticationAttribute)info.GetCustomAttributes(typeof(DiscouragedAuthenticationAttribute), false).Single();
            Assert.Equal("HTTP Basic", discouraged.Scheme);
        }
    }

    [Fact]
    public async Task Basic_authentication_from_environment_is_sent_and_logged_as_discouraged()
    {
        string user = "KUMO_TEST_USER_" + Guid.NewGuid().ToString("N");
        string password = "KUMO_TEST_PASSWORD_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(user, "kumo_user");
        Environment.SetEnvironmentVariable(password, "pässword-secret");
        try
        {
#pragma warning disable CS0618
            using var services = TestServices.Create(o => o.UseBasicAuthenticationFromEnvironment(user, password));
#pragma warning restore CS0618
            await services.Client.GetUsernameAsync();

            string expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("kumo_user:pässword-secret"));
            Assert.Equal(expected, services.Network.Single.Authorization);
            Assert.Contains(services.Logs.Entries, entry => entry.EventId.Name == "BasicAuthenticationInUse" && entry.Level == LogLevel.Warning);
            services.Logs.AssertNeverContains("pässword-secret");
            services.Logs.AssertNeverContains(expected["Basic ".Length..]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(user, null);
            Environment.SetEnvironmentVariable(password, null);
        }
    }

    [Fact]
    public async Task Configuration_section_is_bound_key_by_key_and_the_token_is_reread_at_each_request()
    {
        string first = TestTokens.New();
        string second = TestTokens.New();
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mini:BaseAddress"] = "https://eu.api.example.com/",
            ["Mini:Token"] = first,
            ["Mini:UserAgent"] = "cfg-app/3",
            ["Mini:Timeout"] = "00:01:00",
            ["Mini:AttemptTimeout"] = "00:00:20",
            ["Mini:MaxRetries"] = "2",
            ["Mini:LogBodies"] = "true",
            ["Mini:UseStandardResilience"] = "true",
        }).Build();
        var network = new RecordingHandler(_ => TestServices.Json("{\"account\":{\"username\":\"kumo\"}}"));
        var services = new ServiceCollection();
        services.AddApiClient<IMiniClient, MiniClient>("Mini", MiniClient.DefaultBaseAddress, http => new MiniClient(http), configuration.GetSection("Mini"))
            .ConfigurePrimaryHttpMessageHandler(() => network);
        using ServiceProvider provider = services.BuildServiceProvider();

        ApiClientOptions options = provider.GetRequiredService<IOptionsMonitor<ApiClientOptions>>().Get("Mini");
        Assert.Equal(new Uri("https://eu.api.example.com/"), options.BaseAddress);
        Assert.IsType<ConfigurationAccessTokenProvider>(options.TokenProvider);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(20), options.AttemptTimeout);
        Assert.Equal(2, options.MaxRetries);
        Assert.True(options.LogBodies);
        Assert.Equal("cfg-app/3", options.UserAgent);

        await provider.GetRequiredService<IMiniClient>().GetUsernameAsync();
        configuration["Mini:Token"] = second;
        await provider.GetRequiredService<IMiniClient>().GetUsernameAsync();

        Assert.Equal("Bearer " + first, network.Requests[0].Authorization);
        Assert.Equal("Bearer " + second, network.Requests[1].Authorization);
        Assert.Equal("eu.api.example.com", network.Requests[0].Uri.Host);
    }

    [Theory]
    [InlineData("Timeout", "soon", "'Mini:Timeout' must be a time span")]
    [InlineData("MaxRetries", "many", "'Mini:MaxRetries' must be an integer")]
    [InlineData("LogBodies", "yes", "'Mini:LogBodies' must be true or false")]
    [InlineData("Username", "kumo_user", "sets only one of 'Username' and 'Password'")]
    public void Configuration_errors_name_the_key(string key, string value, string expected)
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mini:Token"] = TestTokens.New(),
            ["Mini:" + key] = value,
        }).Build();
        var services = new ServiceCollection();
        services.AddApiClient<IMiniClient, MiniClient>("Mini", MiniClient.DefaultBaseAddress, http => new MiniClient(http), configuration.GetSection("Mini"));
        using ServiceProvider provider = services.BuildServiceProvider();

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMiniClient>());
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddApiClient<IMiniClient, MiniClient>(" ", MiniClient.DefaultBaseAddress, http => new MiniClient(http)));
        Assert.Throws<ArgumentException>(() => services.AddApiClient<IMiniClient, MiniClient>("x", "/relative", http => new MiniClient(http)));
        Assert.Throws<ArgumentNullException>(() => services.AddApiClient<IMiniClient, MiniClient>("x", MiniClient.DefaultBaseAddress, null!));
        Assert.Throws<ArgumentNullException>(() => services.AddApiClient<IMiniClient, MiniClient>("x", MiniClient.DefaultBaseAddress, http => new MiniClient(http), (IConfiguration)null!));
    }
}
