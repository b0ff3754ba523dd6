using System;
using System.Collections.Generic;
using Kumo.OpenApi.Runtime.Authentication;
using Microsoft.Extensions.Options;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>
/// Checks one named client's options when the host starts (ValidateOnStart) or, without a host, at the first use.
/// Messages name settings, never their values.
/// </summary>
internal sealed class ApiClientOptionsValidator : IValidateOptions<ApiClientOptions>
{
    /// <summary>Polly's timeout strategies accept 10 ms to 24 h; the total needs room for an attempt timeout below it.</summary>
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MinimumTotalTimeout = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromHours(24);

    private readonly string _name;
    private readonly Uri _defaultBaseAddress;

    public ApiClientOptionsValidator(string name, Uri defaultBaseAddress)
    {
        _name = name;
        _defaultBaseAddress = defaultBaseAddress;
    }

    public ValidateOptionsResult Validate(string? name, ApiClientOptions options)
    {
        if (!string.Equals(name, _name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        string client = "API client '" + _name + "'";
        ValidateAuthentication(options, client, failures);
        ValidateBaseAddress(options, client, failures);
        ValidateTimeouts(options, client, failures);
        if (options.MaxRetries is < 0 or > ApiClientOptions.MaxRetriesLimit)
        {
            failures.Add($"{client}: MaxRetries must be between 0 and {ApiClientOptions.MaxRetriesLimit}.");
        }

        if (options.UserAgent is not null && !UserAgentBuilder.IsValidProductText(options.UserAgent))
        {
            failures.Add($"{client}: UserAgent must be non-empty printable ASCII (product tokens such as 'my-app/1.2').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAuthentication(ApiClientOptions options, string client, List<string> failures)
    {
        if (options.HasBearerToken && options.Basic is not null)
        {
            // The Go SDK's rule and wording: a client that could send either credential is ambiguous.
            failures.Add(
                $"{client}: only one authentication method (token or basic auth) can be provided, but both were configured: "
                + options.DescribeAuthentication() + ". Remove HTTP Basic and keep the API token.");
        }
        else if (!options.HasBearerToken && options.Basic is null && !options.AllowAnonymous)
        {
            failures.Add(
                $"{client} has no credentials: set Token, TokenProvider or TokenEnvironmentVariable (for example \"UPCLOUD_TOKEN\") "
                + "in its options or configuration section, or set AllowAnonymous for an API that needs none.");
        }

        if (options.Token is not null && !TokenText.IsValidToken(TokenText.Normalize(options.Token)))
        {
            failures.Add($"{client}: Token is empty or contains whitespace, control or non-ASCII characters.");
        }

        if (options.TokenEnvironmentVariable is { } variable
            && (string.IsNullOrWhiteSpace(variable) || variable.Contains('=', StringComparison.Ordinal) || TokenText.ContainsControlCharacter(variable)))
        {
            failures.Add($"{client}: TokenEnvironmentVariable must be a variable name without '=' or control characters.");
        }

        if (options.Basic is { Username: { } username })
        {
            if (username.Length == 0 || username.Contains(':', StringComparison.Ordinal) || TokenText.ContainsControlCharacter(username))
            {
                failures.Add($"{client}: the HTTP Basic user name must be non-empty without ':' or control characters (RFC 7617).");
            }
        }
    }

    private void ValidateBaseAddress(ApiClientOptions options, string client, List<string> failures)
    {
        Uri address = options.BaseAddress ?? _defaultBaseAddress;
        bool hasCredentials = options.HasBearerToken || options.Basic is not null;
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{client}: BaseAddress must be an absolute http or https URI.");
            return;
        }

        if (!hasCredentials)
        {
            return;
        }

        try
        {
            CredentialGuard.EnsureSafeBaseAddress(address);
        }
        catch (ArgumentException ex)
        {
            // The guard's message describes the origin only (scheme://host:port), never user information.
            failures.Add(client + ": " + ex.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static void ValidateTimeouts(ApiClientOptions options, string client, List<string> failures)
    {
        if (options.Timeout < MinimumTotalTimeout || options.Timeout > MaximumTimeout)
        {
            failures.Add($"{client}: Timeout must be between 20 milliseconds and 24 hours.");
        }

        // An AttemptTimeout at or above Timeout is allowed: it is capped just below Timeout.
        if (options.UseStandardResilience && (options.AttemptTimeout < MinimumTimeout || options.AttemptTimeout > MaximumTimeout))
        {
            failures.Add($"{client}: AttemptTimeout must be between 10 milliseconds and 24 hours.");
        }
    }
}
