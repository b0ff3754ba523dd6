namespace Kumo.OpenApi.Runtime.Tests.TestSupport;

/// <summary>A clock that moves only when a test says so.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
