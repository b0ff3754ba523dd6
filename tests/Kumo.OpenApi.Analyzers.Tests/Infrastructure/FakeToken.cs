namespace Kumo.OpenApi.Analyzers.Tests.Infrastructure;

/// <summary>
/// Token-shaped strings for test sources, assembled at run time so that no token-shaped literal sits in this
/// repository (the analyzers under test, and secret scanners, would rightly flag one).
/// </summary>
internal static class FakeToken
{
    public static readonly string Prefix = "uc" + "at_";

    /// <summary>26 Crockford base32 characters: every digit, then the alphabet without I, L, O and U.</summary>
    public static readonly string Body = "0123456789" + "ABCDEFGHJKMNPQRS";

    public static readonly string Value = Prefix + Body;
}
