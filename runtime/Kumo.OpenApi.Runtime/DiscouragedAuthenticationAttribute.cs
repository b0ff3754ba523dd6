using System;

namespace Kumo.OpenApi.Runtime;

/// <summary>Marks an API that configures an authentication scheme the API discourages (such as HTTP Basic).</summary>
/// <remarks>Analyzers report every use with their own ID, so the warning can be tuned apart from CS0618.</remarks>
[AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Class, Inherited = false)]
public sealed class DiscouragedAuthenticationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="scheme">The scheme, e.g. "HTTP Basic".</param>
    /// <param name="recommendation">What to use instead.</param>
    public DiscouragedAuthenticationAttribute(string scheme, string recommendation)
    {
        Scheme = scheme;
        Recommendation = recommendation;
    }

    /// <summary>The scheme, e.g. "HTTP Basic".</summary>
    public string Scheme { get; }

    /// <summary>What to use instead.</summary>
    public string Recommendation { get; }
}
