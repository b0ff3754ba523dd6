using Kumo.OpenApi.Generator.Helpers;

namespace Kumo.OpenApi.Generator.Model;

/// <summary>The model types emitted into one generated file, and that file's hint name: the unit of caching for models.</summary>
internal sealed record ModelFile(string HintName, string Namespace, EquatableArray<TypeModel> Types);
