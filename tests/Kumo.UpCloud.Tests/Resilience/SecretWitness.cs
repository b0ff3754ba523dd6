using System.Collections.Concurrent;

namespace Kumo.UpCloud.Tests.Resilience;

// The suite-wide record of everything that could leak a credential: every log entry of every harness and
// every exception the tests caught, plus every secret in play. Each harness checks its own share when it is
// disposed; the collection fixture checks the whole record once more when the suite ends.
public sealed class SecretWitness : IDisposable
{
    private readonly ConcurrentBag<string> secrets = [];
    private readonly ConcurrentQueue<string> texts = new();

    internal CapturingLoggerProvider Logs { get; } = new();

    public int LogEntries => Logs.Entries.Count;

    public int Exceptions { get; private set; }

    public void AddSecret(string? secret)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            secrets.Add(secret);
        }
    }

    public void AddException(Exception exception)
    {
        Exceptions++;
        texts.Enqueue(exception.Message);
        texts.Enqueue(exception.ToString());
    }

    public void AssertNoSecretLeaked()
    {
        var everything = Logs.Entries.Select(entry => entry.AllText).Concat(texts).ToList();
        foreach (var secret in secrets.Distinct())
        {
            foreach (var text in everything)
            {
                if (text.Contains(secret, StringComparison.Ordinal))
                {
                    Assert.Fail("A log entry or exception message contains a credential: " + Describe(text, secret));
                }
            }
        }
    }

    // At the end of the suite: a leak anywhere fails the run even if a test forgot to check.
    public void Dispose() => AssertNoSecretLeaked();

    private static string Describe(string text, string secret)
    {
        var masked = text.Replace(secret, "<SECRET>", StringComparison.Ordinal);
        return masked[..Math.Min(masked.Length, 400)];
    }
}

[CollectionDefinition(Name)]
public sealed class ResilienceCollection : ICollectionFixture<SecretWitness>
{
    public const string Name = "Resilience";
}
