using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>State shared while one document becomes a model: names taken, diagnostics found, and where things are in the file.</summary>
internal sealed class BuildContext
{
    private readonly NameScope _typeNames;
    private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
    private readonly HashSet<(string, string)> _reported = new HashSet<(string, string)>();

    public BuildContext(string ns, string clientName, string serializerName, string errorBaseName, SpecLocator locator, CancellationToken cancellationToken)
    {
        Namespace = ns;
        ClientName = clientName;
        SerializerName = serializerName;
        Locator = locator;
        CancellationToken = cancellationToken;
        _typeNames = new NameScope(clientName, "I" + clientName, serializerName, errorBaseName);
    }

    public string Namespace { get; }

    public string ClientName { get; }

    public string SerializerName { get; }

    public SpecLocator Locator { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public string ReserveTypeName(string specName) => _typeNames.Reserve(Cap(Identifiers.ToPascalCase(specName)));

    /// <summary>Keeps type (and so file) names short: long context-derived names become a prefix plus a stable hash.</summary>
    private static string Cap(string name)
    {
        const int Limit = 80;
        if (name.Length <= Limit)
        {
            return name;
        }

        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return name.Substring(0, Limit - 9) + "_" + hash.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Report(DiagnosticDescriptor descriptor, string? pointer, params string[] arguments)
    {
        // One report per construct and place: a schema used from many operations is still one problem.
        if (!_reported.Add((descriptor.Id, (pointer ?? string.Empty) + "|" + string.Join("|", arguments))))
        {
            return;
        }

        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, Locator.Find(pointer), arguments.ToEquatableArray()));
    }

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, location, arguments.ToEquatableArray()));
}
