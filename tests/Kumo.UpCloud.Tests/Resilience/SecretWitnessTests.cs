using Microsoft.Extensions.Logging;

namespace Kumo.UpCloud.Tests.Resilience;

// The leak check itself must be able to fail: a witness that never fires proves nothing.
public sealed class SecretWitnessTests
{
    [Fact]
    public void Witness_detects_a_credential_in_a_log_value_or_an_exception()
    {
        string secret = "ucat_" + Guid.NewGuid().ToString("N")[..26].ToUpperInvariant();

        var inLog = new SecretWitness();
        inLog.AddSecret(secret);
        inLog.Logs.CreateLogger("test").LogInformation("Sending {Header}", "Bearer " + secret);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(inLog.AssertNoSecretLeaked);

        var inException = new SecretWitness();
        inException.AddSecret(secret);
        inException.AddException(new InvalidOperationException("wrapped", new Exception("token was " + secret)));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(inException.AssertNoSecretLeaked);

        var clean = new SecretWitness();
        clean.AddSecret(secret);
        clean.Logs.CreateLogger("test").LogInformation("Sending {Header}", "Bearer [redacted]");
        clean.AssertNoSecretLeaked();
    }
}
