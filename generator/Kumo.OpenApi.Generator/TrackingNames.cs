namespace Kumo.OpenApi.Generator;

/// <summary>Names of the incremental steps, asserted by the caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Reading an additional file and its options into a candidate spec.</summary>
    public const string ReadSpec = nameof(ReadSpec);

    /// <summary>Giving every spec a unique base name across the project.</summary>
    public const string NameSpecs = nameof(NameSpecs);

    /// <summary>Parsing a spec into the equatable client model.</summary>
    public const string BuildModel = nameof(BuildModel);

    /// <summary>The client model alone (what the client, error and per-type outputs depend on).</summary>
    public const string ClientModel = nameof(ClientModel);

    /// <summary>One model or enum type, emitted on its own.</summary>
    public const string TypeModel = nameof(TypeModel);
}
