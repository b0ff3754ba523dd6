using System.Collections.Generic;
using System.Linq;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>
/// Decides what shares a generated file. Every file costs the compiler driver about 10 µs on each run, even when
/// cached: GitHub's 2,500 types as single files cost 25 ms on every keystroke in the IDE. So a small description gets
/// one file per model type and one client file, and a large one gets one file per initial letter of the type names
/// and, for the client, a core file plus one file per initial letter of the method names. Either way an edit re-emits
/// only the files whose content changed.
/// </summary>
internal static class OutputFiles
{
    /// <summary>Up to this many types, each has its own file.</summary>
    public const int MaxSingleTypeFiles = 64;

    /// <summary>Up to this many operations, the client is one file.</summary>
    public const int MaxSingleFileOperations = 64;

    public static IEnumerable<ModelFile> Models(ClientModel client)
    {
        if (client.Types.Count <= MaxSingleTypeFiles)
        {
            return client.Types.Select(type => new ModelFile(client.HintPrefix + ".Models." + type.Name + ".g.cs", client.Namespace, new[] { type }.ToEquatableArray()));
        }

        // Types are sorted by name, so each group keeps that order and the output is deterministic.
        return client.Types
            .GroupBy(type => GroupKey(type.Name))
            .OrderBy(group => group.Key)
            .Select(group => new ModelFile(client.HintPrefix + ".Models." + group.Key + ".g.cs", client.Namespace, group.ToEquatableArray()));
    }

    /// <summary>The client's files; none of them holds the model types, which have files of their own.</summary>
    public static IEnumerable<ClientFile> Client(ClientModel client)
    {
        ClientModel withoutTypes = client with { Types = default };
        if (client.Operations.Count <= MaxSingleFileOperations)
        {
            yield return new ClientFile(client.HintPrefix + ".g.cs", ClientFileKind.Whole, withoutTypes);
            yield break;
        }

        yield return new ClientFile(client.HintPrefix + ".g.cs", ClientFileKind.Core, withoutTypes with { Operations = default });
        foreach (IGrouping<char, OperationModel> group in client.Operations.GroupBy(operation => GroupKey(operation.MethodName)).OrderBy(group => group.Key))
        {
            yield return new ClientFile(client.HintPrefix + ".Operations." + group.Key + ".g.cs", ClientFileKind.Operations, withoutTypes with { Operations = group.ToEquatableArray() });
        }
    }

    /// <summary>The file group of a name: its initial letter in upper case, or <c>_</c>.</summary>
    private static char GroupKey(string name)
    {
        char first = name.Length == 0 ? '_' : char.ToUpperInvariant(name[0]);
        return first is >= 'A' and <= 'Z' ? first : '_';
    }
}
