namespace Kumo.OpenApi.Generator.Model;

/// <summary>One candidate API description with the options that apply to it; only strings, so it compares by value.</summary>
internal sealed record SpecInput(string Path, string Text, string? ClientName, string? Namespace, string? RootNamespace);
