namespace Kumo.UpCloud.Cli.Tests.Infrastructure;

// One clock for the tool and the emulator, so expiry times can be compared exactly.
internal sealed class FixedTimeProvider : TimeProvider
{
    public FixedTimeProvider(DateTimeOffset now)
    {
        Now = now;
    }

    public DateTimeOffset Now { get; set; }

    // Whole seconds: what the tool sends for day-based expiries and what the emulator echoes are then equal.
    public static FixedTimeProvider AtCurrentSecond()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return new FixedTimeProvider(new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
