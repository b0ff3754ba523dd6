using Kumo.OpenApi.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kumo.OpenApi.Generator.Model;

/// <summary>A place in a spec file; <see cref="Location.Create(string, TextSpan, LinePositionSpan)"/> gives an equatable external location.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo StartOf(string path) =>
        new LocationInfo(path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));
}

/// <summary>A diagnostic kept as values (no Roslyn objects) so the pipeline stays cacheable.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.DiagnosticDescriptors.ById(DescriptorId), Location.ToLocation(), Arguments.ToObjectArray());
}

internal static class EquatableArrayObjectExtensions
{
    public static object[] ToObjectArray(this EquatableArray<string> items)
    {
        object[] result = new object[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = items[i];
        }

        return result;
    }
}

/// <summary>The outcome of reading one file: a model (or none) and its diagnostics.</summary>
internal sealed record GenerationResult(ClientModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
