using System;
using System.Diagnostics;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>HTTP Basic credentials, fixed or read from environment variables; <see cref="ToString"/> never shows the password.</summary>
[DebuggerDisplay("{ToString(),nq}")]
internal sealed class BasicCredentials
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string? _password;

    private BasicCredentials(string? username, string? password, string? usernameVariable, string? passwordVariable)
    {
        Username = username;
        _password = password;
        UsernameVariable = usernameVariable;
        PasswordVariable = passwordVariable;
    }

    public string? Username { get; }

    public string? UsernameVariable { get; }

    public string? PasswordVariable { get; }

    public static BasicCredentials Fixed(string username, string password) => new(username, password, null, null);

    public static BasicCredentials FromEnvironment(string usernameVariable, string passwordVariable) => new(null, null, usernameVariable, passwordVariable);

    /// <summary>The user name and password to use now; environment variables are read at this call.</summary>
    /// <exception cref="InvalidOperationException">A variable is not set or empty; the message names it, never a value.</exception>
    public (string Username, string Password) Resolve()
    {
        if (UsernameVariable is null || PasswordVariable is null)
        {
            return (Username!, _password!);
        }

        return (Read(UsernameVariable), Read(PasswordVariable));
    }

    public override string ToString() => UsernameVariable is null
        ? "Basic (Username = " + Username + ", Password = [redacted])"
        : "Basic (environment variables " + UsernameVariable + " and " + PasswordVariable + ")";

    private static string Read(string variable)
    {
        string? value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException($"The environment variable '{variable}' is not set or is empty: HTTP Basic authentication needs it.");
        }

        return value;
    }
}
