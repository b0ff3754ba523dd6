using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// An <see cref="IAccessTokenProvider"/> that reads the token from a configuration key at every call, so a reloaded
/// configuration (a changed user-secrets file, a key vault provider's refresh…) takes effect on the next request.
/// </summary>
/// <remarks>Error messages, <see cref="ToString"/> and the debugger display name the key, never its value.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ConfigurationAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The key read by default: <c>Token</c>.</summary>
    public const string DefaultKey = "Token";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly IConfiguration _configuration;

    private readonly string _key;

    /// <summary>Creates the provider.</summary>
    /// <param name="configuration">The configuration, usually a section such as <c>configuration.GetSection("UpCloud")</c>.</param>
    /// <param name="key">The key under <paramref name="configuration"/> that holds the token; <c>Token</c> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    public ConfigurationAccessTokenProvider(IConfiguration configuration, string key = DefaultKey)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _configuration = configuration;
        _key = key;
    }

    private string KeyPath => _configuration is IConfigurationSection section && section.Path.Length > 0 ? section.Path + ":" + _key : _key;

    /// <summary>Reads the token from the configuration key.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The value with surrounding whitespace removed.</returns>
    /// <exception cref="InvalidOperationException">The key is missing, empty, or holds text that cannot be a token. The message names the key, never its value.</exception>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<string>(cancellationToken);
        }

        string? token = TokenText.Normalize(_configuration[_key]);
        if (string.IsNullOrEmpty(token))
        {
            return ValueTask.FromException<string>(new InvalidOperationException(
                $"The configuration key '{KeyPath}' is not set or is empty: set it to an API token."));
        }

        if (!TokenText.IsValidToken(token))
        {
            return ValueTask.FromException<string>(new InvalidOperationException(
                $"The configuration key '{KeyPath}' does not hold a usable API token: it contains whitespace, control or non-ASCII characters."));
        }

        return ValueTask.FromResult(token);
    }

    /// <summary>Describes the provider by the key it reads, never by its value.</summary>
    /// <returns>For example <c>ConfigurationAccessTokenProvider (UpCloud:Token)</c>.</returns>
    public override string ToString() => "ConfigurationAccessTokenProvider (" + KeyPath + ")";
}
