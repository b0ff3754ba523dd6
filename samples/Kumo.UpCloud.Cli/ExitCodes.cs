namespace Kumo.UpCloud.Cli;

// The tool's exit codes, the same split UpCloud's own CLI and most Unix tools make:
// 1 when the API or the network failed, 2 when the command line or the environment is wrong
// (nothing was sent in that case).
internal static class ExitCodes
{
    public const int Success = 0;

    public const int ApiError = 1;

    public const int UsageError = 2;

    // 128 + SIGINT, what shells report for a command stopped with Ctrl+C.
    public const int Canceled = 130;
}
