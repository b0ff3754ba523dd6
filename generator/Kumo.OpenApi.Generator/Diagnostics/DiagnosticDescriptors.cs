using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports about an API description. IDs are tracked in AnalyzerReleases.*.md and documented in the README.</summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Kumo.OpenApi";
    private const string HelpLinkBase = "https://github.com/kumo-openapi/kumo/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidDocument = Create(
        "KUMO001", "The API description is not valid JSON or YAML",
        "{0} cannot be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOpenApi = Create(
        "KUMO002", "The API description is not a valid OpenAPI document",
        "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "KUMO003", "A $ref does not resolve",
        "The reference '{0}' does not resolve to anything in this document; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "KUMO004", "A construct is not supported yet and falls back to a general type",
        "{0} is not supported yet; {1} is used instead", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingOperationId = Create(
        "KUMO005", "An operation has no operationId",
        "The operation {0} {1} has no operationId; the method is named {2}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
        "KUMO006", "Two operations have the same name",
        "The operation {0} {1} would be named {2}, which another operation already uses; it is named {3}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "KUMO007", "Two names in the description map to the same C# name",
        "'{0}' maps to the C# name {1}, which is taken; it is named {2}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "KUMO008", "The generator failed on this API description",
        "The generator failed on {0}: {1}. Please report this with the document.", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OpenApiWarning = Create(
        "KUMO009", "The OpenAPI reader reported a problem",
        "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateClient = Create(
        "KUMO010", "Two API descriptions generate the same client",
        "{0} in namespace {1} is already generated from {2}; give this file its own ClientName or Namespace metadata", DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new Dictionary<string, DiagnosticDescriptor>
    {
        [InvalidDocument.Id] = InvalidDocument,
        [InvalidOpenApi.Id] = InvalidOpenApi,
        [UnresolvedReference.Id] = UnresolvedReference,
        [UnsupportedConstruct.Id] = UnsupportedConstruct,
        [MissingOperationId.Id] = MissingOperationId,
        [DuplicateOperationId.Id] = DuplicateOperationId,
        [NameCollision.Id] = NameCollision,
        [InternalError.Id] = InternalError,
        [OpenApiWarning.Id] = OpenApiWarning,
        [DuplicateClient.Id] = DuplicateClient,
    };

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
