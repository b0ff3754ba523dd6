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

    /// <summary>The client model alone (what the client, error and model-file outputs depend on).</summary>
    public const string ClientModel = nameof(ClientModel);

    /// <summary>The client without operations or types (what the errors and dependency-injection files depend on).</summary>
    public const string ClientShell = nameof(ClientShell);

    /// <summary>The operations of one generated client file (all of them for small descriptions, one initial letter for large ones).</summary>
    public const string ClientFile = nameof(ClientFile);

    /// <summary>The model types of one generated file (one type each for small descriptions, one initial letter for large ones).</summary>
    public const string ModelFile = nameof(ModelFile);
}
