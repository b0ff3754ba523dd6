namespace Kumo.OpenApi.Generator.Model;

/// <summary>One candidate API description with the options that apply to it; only strings, so it compares by value.</summary>
/// <param name="BaseName">The name the defaults derive from: the file name, or folder and file name when two specs share a file name.</param>
/// <param name="DuplicateOf">Set when another spec already generates the same client in the same namespace.</param>
internal sealed record SpecInput(string Path, string Text, string? ClientName, string? Namespace, string? RootNamespace, string BaseName = "", string? DuplicateOf = null);
