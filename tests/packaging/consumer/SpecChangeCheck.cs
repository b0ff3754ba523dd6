namespace Kumo.Packaging.Consumer;

/// <summary>
/// Replaced by SpecChangeCheck.NewOperation.cs.txt once .ci/package-checks has added an operation to upcloud.json:
/// that version calls the new generated method, so the rebuild only compiles if the client was regenerated.
/// </summary>
internal static class SpecChangeCheck
{
    /// <summary>Nothing to check before the spec changes.</summary>
    public static Task<int> RunAsync(Kumo.UpCloud.IUpCloudClient client, Guid tokenId)
    {
        _ = client;
        _ = tokenId;
        return Task.FromResult(0);
    }
}
