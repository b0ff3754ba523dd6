using System;
using System.Reflection;
using System.Text;

namespace Kumo.OpenApi.Runtime.DependencyInjection;

/// <summary>Builds <c>User-Agent: [your product] kumo-openapi/&lt;version&gt; (&lt;client name&gt;)</c>.</summary>
internal static class UserAgentBuilder
{
    internal const string ProductName = "kumo-openapi";

    /// <summary>The runtime's informational version without build metadata (the commit id after '+').</summary>
    internal static readonly string RuntimeVersion = ReadRuntimeVersion();

    public static string Build(string clientName, string? userProduct)
    {
        string runtime = ProductName + "/" + RuntimeVersion + " (" + CommentText(clientName) + ")";
        return string.IsNullOrWhiteSpace(userProduct) ? runtime : userProduct.Trim() + " " + runtime;
    }

    /// <summary>Printable ASCII only: the value goes into a header as it is.</summary>
    public static bool IsValidProductText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < ' ' || c > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A client name as an RFC 9110 comment: characters that would end or escape it are dropped.</summary>
    private static string CommentText(string clientName)
    {
        var builder = new StringBuilder(clientName.Length);
        foreach (char c in clientName)
        {
            if (c > ' ' && c <= '~' && c is not '(' and not ')' and not '\\')
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? "client" : builder.ToString();
    }

    private static string ReadRuntimeVersion()
    {
        string? version = typeof(UserAgentBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(version))
        {
            version = typeof(UserAgentBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
