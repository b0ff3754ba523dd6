namespace Kumo.OpenApi.Generator.Model;

internal enum ClientFileKind
{
    /// <summary>The interface and the class with every operation: small descriptions.</summary>
    Whole,

    /// <summary>The declarations, constructor and error factory, without operations.</summary>
    Core,

    /// <summary>Partial interface and class parts holding some of the operations.</summary>
    Operations,
}

/// <summary>
/// One generated file of the client. <see cref="Client"/> holds no model types and, for an operations file, only that
/// file's operations, so a one-operation edit leaves the other files' inputs equal and their outputs cached.
/// </summary>
internal sealed record ClientFile(string HintName, ClientFileKind Kind, ClientModel Client);
