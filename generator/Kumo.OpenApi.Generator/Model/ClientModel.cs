using Kumo.OpenApi.Generator.Helpers;

namespace Kumo.OpenApi.Generator.Model;

/// <summary>Everything emitted for one API description. Immutable with structural equality: the incremental pipeline's cache key.</summary>
internal sealed record ClientModel(
    string SpecPath,
    string HintPrefix,
    string Namespace,
    string ClientName,
    string ErrorPrefix,
    string SerializerName,
    string Title,
    string? Description,
    string DefaultBaseAddress,
    EquatableArray<OperationModel> Operations,
    EquatableArray<TypeModel> Types,
    EquatableArray<ErrorTypeModel> ErrorTypes,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    bool RequiresAuthentication = true);

internal sealed record SecuritySchemeModel(string Name, string Kind, bool Deprecated, string? Description);

/// <summary>A typed exception emitted for an HTTP error status the description documents.</summary>
internal sealed record ErrorTypeModel(int StatusCode, string Name, string Summary);

internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool Deprecated,
    string? DeprecationMessage,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    ResponseModel? SuccessResponse,
    EquatableArray<int> SuccessStatusCodes,
    EquatableArray<int> ErrorStatusCodes)
{
    /// <summary>The body as a method parameter; none when a multipart body's parts are parameters of their own.</summary>
    public BodyModel? BodyParameter => Body is { Kind: not BodyKind.MultipartParts } ? Body : null;
}

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,

    /// <summary>A part of a multipart/form-data body that has files: each part is a method parameter.</summary>
    FormPart,
}

internal sealed record ParameterModel(
    string Name,
    string CSharpName,
    ParameterLocation Location,
    TypeRef Type,
    bool Required,
    string? Description,
    bool Deprecated,
    ConstraintsModel Constraints,
    bool Explode = true,
    string? DefaultValue = null,
    bool DeepObject = false,
    bool ScalarUnion = false);

internal enum BodyKind
{
    Json,
    Form,
    Multipart,
    Stream,
    Text,
    Content,

    /// <summary>multipart/form-data with files: the parts are FormPart parameters, there is no body parameter.</summary>
    MultipartParts,
}

internal sealed record BodyModel(string CSharpName, string MediaType, TypeRef Type, bool Required, string? Description, BodyKind Kind = BodyKind.Json);

internal sealed record ResponseModel(int StatusCode, string MediaType, TypeRef Type, string? Description);

/// <summary>Validation keywords carried to generated code as metadata (attributes) for analyzers and docs.</summary>
internal sealed record ConstraintsModel(
    long? MinLength = null,
    long? MaxLength = null,
    string? Pattern = null,
    string? Minimum = null,
    string? Maximum = null,
    long? MinItems = null,
    long? MaxItems = null,
    bool UniqueItems = false,
    string? Format = null,
    string? ItemPattern = null,
    string? ItemFormat = null,
    long? ItemMaxLength = null)
{
    public static readonly ConstraintsModel None = new ConstraintsModel();
}
