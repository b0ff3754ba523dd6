using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// An <see cref="IAccessTokenProvider"/> that reads the token from an environment variable at every call, by default
/// <c>UPCLOUD_TOKEN</c> (the variable UpCloud's own tools read).
/// </summary>
/// <remarks>Error messages, <see cref="ToString"/> and the debugger display name the variable, never its value.</remarks>
[DebuggerDisplay("EnvironmentAccessTokenProvider ({VariableName,nq})")]
public sealed class EnvironmentAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The environment variable UpCloud's tools read an API token from: <c>UPCLOUD_TOKEN</c>.</summary>
    public const string UpCloudTokenVariable = "UPCLOUD_TOKEN";

    /// <summary>Creates the provider.</summary>
    /// <param name="variableName">The environment variable to read; <c>UPCLOUD_TOKEN</c> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="variableName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="variableName"/> is empty, white space, or contains <c>=</c> or a control character.</exception>
    public EnvironmentAccessTokenProvider(string variableName = UpCloudTokenVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variableName);
        if (variableName.Contains('=', StringComparison.Ordinal) || TokenText.ContainsControlCharacter(variableName))
        {
            throw new ArgumentException("An environment variable name must not contain '=' or control characters.", nameof(variableName));
        }

        VariableName = variableName;
    }

    private string VariableName { get; }

    /// <summary>Reads the token from the environment variable.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The variable's value with surrounding whitespace removed.</returns>
    /// <exception cref="InvalidOperationException">The variable is not set, is empty, or holds text that cannot be a token. The message names the variable, never its value.</exception>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<string>(cancellationToken);
        }

        string? token = TokenText.Normalize(Environment.GetEnvironmentVariable(VariableName));
        if (string.IsNullOrEmpty(token))
        {
            return ValueTask.FromException<string>(new InvalidOperationException(
                $"The environment variable '{VariableName}' is not set or is empty: set it to an API token."));
        }

        if (!TokenText.IsValidToken(token))
        {
            return ValueTask.FromException<string>(new InvalidOperationException(
                $"The environment variable '{VariableName}' does not hold a usable API token: it contains whitespace, control or non-ASCII characters."));
        }

        return ValueTask.FromResult(token);
    }

    /// <summary>Describes the provider by the variable it reads, never by its value.</summary>
    /// <returns>For example <c>EnvironmentAccessTokenProvider (UPCLOUD_TOKEN)</c>.</returns>
    public override string ToString() => "EnvironmentAccessTokenProvider (" + VariableName + ")";
}
