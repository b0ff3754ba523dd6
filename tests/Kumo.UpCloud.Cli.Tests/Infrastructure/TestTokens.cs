namespace Kumo.UpCloud.Cli.Tests.Infrastructure;

// Token-shaped values built at run time, so no token-like literal sits in the source.
internal static class TestTokens
{
    public static string Unknown() => "ucat_" + new string('0', 26);
}
