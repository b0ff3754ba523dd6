namespace Kumo.UpCloud.Emulator;

public sealed class UpCloudEmulatorOptions
{
    public string MainUsername { get; set; } = "kumo_main";

    // Used for HTTP Basic authentication of the main account.
    public string MainPassword { get; set; } = "Kumo-Emulator-Passw0rd";

    public double Credits { get; set; } = 9972.2324;

    // null: a fresh ucat_ + ULID token is minted when the emulator starts.
    public string? SeededToken { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
