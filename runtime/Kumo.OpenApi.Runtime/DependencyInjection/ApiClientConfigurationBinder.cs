using System;
using System.Globalization;
using Kumo.OpenApi.Runtime.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// Reads <see cref="ApiClientOptions"/> from a configuration section key by key, without the reflection-based
/// binder (trimming and native AOT stay warning-free). Error messages name the key, never its value.
/// </summary>
internal static class ApiClientConfigurationBinder
{
    public static void Bind(IConfiguration section, ApiClientOptions options)
    {
        if (Read(section, "BaseAddress") is { } baseAddress)
        {
            options.BaseAddress = Uri.TryCreate(baseAddress, UriKind.Absolute, out Uri? uri)
                ? uri
                : throw Invalid(section, "BaseAddress", "an absolute URI such as https://api.upcloud.com");
        }

        // The token is read from the section at every request (not copied here), so a reloaded or rotated secret
        // takes effect on the next request.
        if (Read(section, "Token") is not null)
        {
            options.TokenProvider = new ConfigurationAccessTokenProvider(section, "Token");
        }

        if (Read(section, "TokenEnvironmentVariable") is { } variable)
        {
            options.TokenEnvironmentVariable = variable;
        }

        string? username = Read(section, "Username");
        string? password = section["Password"];
        if (username is not null || !string.IsNullOrEmpty(password))
        {
            if (username is null || string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException(
                    $"The configuration section '{PathOf(section)}' sets only one of 'Username' and 'Password': HTTP Basic needs both (an API token in 'Token' is recommended instead).");
            }

            options.SetBasic(BasicCredentials.Fixed(username, password));
        }

        if (Read(section, "UserAgent") is { } userAgent)
        {
            options.UserAgent = userAgent;
        }

        options.Timeout = ReadTimeSpan(section, "Timeout") ?? options.Timeout;
        options.AttemptTimeout = ReadTimeSpan(section, "AttemptTimeout") ?? options.AttemptTimeout;
        if (Read(section, "MaxRetries") is { } retries)
        {
            options.MaxRetries = int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw Invalid(section, "MaxRetries", "an integer");
        }

        options.LogBodies = ReadBoolean(section, "LogBodies") ?? options.LogBodies;
        options.UseStandardResilience = ReadBoolean(section, "UseStandardResilience") ?? options.UseStandardResilience;
        options.AllowAnonymous = ReadBoolean(section, "AllowAnonymous") ?? options.AllowAnonymous;
    }

    private static string? Read(IConfiguration section, string key)
    {
        string? value = section[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static TimeSpan? ReadTimeSpan(IConfiguration section, string key) =>
        Read(section, key) is { } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan value) ? value : throw Invalid(section, key, "a time span such as 00:00:30")
            : null;

    private static bool? ReadBoolean(IConfiguration section, string key) =>
        Read(section, key) is { } text
            ? bool.TryParse(text, out bool value) ? value : throw Invalid(section, key, "true or false")
            : null;

    private static InvalidOperationException Invalid(IConfiguration section, string key, string expected) =>
        new($"The configuration key '{PathOf(section)}:{key}' must be {expected}.");

    private static string PathOf(IConfiguration section) => section is IConfigurationSection { Path.Length: > 0 } named ? named.Path : "(root)";
}

/// <summary>Re-reads a client's options when its configuration section reloads.</summary>
internal sealed class ApiClientConfigurationChangeTokenSource : IOptionsChangeTokenSource<ApiClientOptions>
{
    private readonly IConfiguration _configuration;

    public ApiClientConfigurationChangeTokenSource(string name, IConfiguration configuration)
    {
        Name = name;
        _configuration = configuration;
    }

    public string Name { get; }

    public IChangeToken GetChangeToken() => _configuration.GetReloadToken();
}
