namespace Kumo.OpenApi.Runtime.Tests.TestSupport;

/// <summary>Fresh token-shaped secrets built at run time (no token literal lives in the source).</summary>
internal static class TestTokens
{
    public static string New() => "ucat_" + Guid.NewGuid().ToString("N")[..26].ToUpperInvariant();
}
