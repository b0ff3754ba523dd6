namespace Kumo.UpCloud.Cli.Validation;

// The options of 'token create' as typed, before any checking.
internal sealed record TokenCreateInput(
    string? Name,
    string? ExpiresIn,
    string? ExpiresAt,
    IReadOnlyList<string> AllowIpRanges,
    bool CanCreateTokens);
