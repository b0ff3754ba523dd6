using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>Gives every spec a unique base name (folder names are added while file names collide) and flags duplicate clients.</summary>
internal static class SpecNaming
{
    public static ImmutableArray<SpecInput> Assign(ImmutableArray<SpecInput> specs)
    {
        if (specs.IsDefaultOrEmpty)
        {
            return ImmutableArray<SpecInput>.Empty;
        }

        // Sorted by path so the outcome does not depend on the order the build lists files in.
        SpecInput[] ordered = specs.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
        string[] names = new string[ordered.Length];
        for (int depth = 0; depth < 8; depth++)
        {
            for (int i = 0; i < ordered.Length; i++)
            {
                names[i] = BaseName(ordered[i].Path, depth);
            }

            if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Length)
            {
                break;
            }
        }

        ImmutableArray<SpecInput>.Builder result = ImmutableArray.CreateBuilder<SpecInput>(ordered.Length);
        Dictionary<string, string> clients = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Length; i++)
        {
            SpecInput spec = ordered[i] with { BaseName = names[i] };
            string key = SpecParser.NamespaceFor(spec) + "." + SpecParser.ClientNameFor(spec);
            if (clients.TryGetValue(key, out string? firstPath))
            {
                spec = spec with { DuplicateOf = firstPath };
            }
            else
            {
                clients[key] = spec.Path;
            }

            result.Add(spec);
        }

        return result.MoveToImmutable();
    }

    private static string BaseName(string path, int folders)
    {
        string normalized = path.Replace('\\', '/');
        string[] parts = normalized.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        string file = Path.GetFileNameWithoutExtension(normalized);
        List<string> segments = new List<string>();
        for (int i = Math.Max(0, parts.Length - 1 - folders); i < parts.Length - 1; i++)
        {
            segments.Add(Identifiers.ToPascalCase(parts[i]));
        }

        segments.Add(Identifiers.ToPascalCase(file));
        return string.Concat(segments);
    }
}
