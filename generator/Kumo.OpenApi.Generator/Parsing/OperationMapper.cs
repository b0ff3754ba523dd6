using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using Kumo.OpenApi.Generator.Diagnostics;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;
using Microsoft.OpenApi;
using ParameterLocation = Kumo.OpenApi.Generator.Model.ParameterLocation;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>Turns each path item's operations into method models: parameters, body, success response and error statuses.</summary>
internal sealed class OperationMapper
{
    private static readonly HttpMethod[] s_methodOrder =
    {
        HttpMethod.Get, HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Head, new HttpMethod("PATCH"), HttpMethod.Trace,
    };

    private readonly OpenApiDocument _document;
    private readonly BuildContext _context;
    private readonly SchemaMapper _schemas;
    private readonly NameScope _methodNames = new NameScope("Dispose", "Equals", "GetHashCode", "ToString", "GetType");

    public OperationMapper(OpenApiDocument document, BuildContext context, SchemaMapper schemas)
    {
        _document = document;
        _context = context;
        _schemas = schemas;
    }

    public List<OperationModel> MapAll()
    {
        List<OperationModel> operations = new List<OperationModel>();
        if (_document.Paths is null)
        {
            return operations;
        }

        List<(string Path, IOpenApiPathItem Item, string Method, OpenApiOperation Operation)> all = new List<(string, IOpenApiPathItem, string, OpenApiOperation)>();
        foreach (KeyValuePair<string, IOpenApiPathItem> path in _document.Paths)
        {
            if (path.Value.Operations is null)
            {
                continue;
            }

            foreach (HttpMethod method in s_methodOrder)
            {
                OpenApiOperation? operation = path.Value.Operations.FirstOrDefault(o => string.Equals(o.Key.Method, method.Method, StringComparison.OrdinalIgnoreCase)).Value;
                if (operation is not null)
                {
                    all.Add((path.Key, path.Value, method.Method.ToUpperInvariant(), operation));
                }
            }
        }

        // Explicit operationIds claim their names first, so a derived name never takes one from them.
        Dictionary<OpenApiOperation, string> explicitNames = new Dictionary<OpenApiOperation, string>();
        foreach ((string path, _, string method, OpenApiOperation operation) in all)
        {
            if (!string.IsNullOrWhiteSpace(operation.OperationId))
            {
                explicitNames[operation] = ReserveMethodName(Identifiers.ToPascalCase(operation.OperationId!), method, path, reportDuplicate: true);
            }
        }

        foreach ((string path, IOpenApiPathItem item, string method, OpenApiOperation operation) in all)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            operations.Add(Map(path, item, method, operation, explicitNames.TryGetValue(operation, out string? name) ? name : null));
        }

        return operations;
    }

    /// <summary>Reserves "{baseName}Async", or "{baseName}{n}Async" when taken; returns the base name used.</summary>
    private string ReserveMethodName(string baseName, string httpMethod, string pathTemplate, bool reportDuplicate)
    {
        string unique = baseName;
        for (int suffix = 2; _methodNames.IsTaken(unique + "Async"); suffix++)
        {
            unique = baseName + suffix.ToString(CultureInfo.InvariantCulture);
        }

        if (unique != baseName && reportDuplicate)
        {
            _context.Report(DiagnosticDescriptors.DuplicateOperationId, PointerOf(pathTemplate, httpMethod), httpMethod, pathTemplate, baseName + "Async", unique + "Async");
        }

        _methodNames.Reserve(unique + "Async");
        return unique;
    }

    private static string PointerOf(string pathTemplate, string httpMethod) =>
        "#/paths/" + SchemaMapper.Escape(pathTemplate) + "/" + httpMethod.ToLowerInvariant();

    private OperationModel Map(string pathTemplate, IOpenApiPathItem pathItem, string httpMethod, OpenApiOperation operation, string? explicitName)
    {
        string pointer = PointerOf(pathTemplate, httpMethod);
        string baseName;
        if (explicitName is not null)
        {
            baseName = explicitName;
        }
        else
        {
            baseName = ReserveMethodName(DeriveName(httpMethod, pathTemplate), httpMethod, pathTemplate, reportDuplicate: false);
            _context.Report(DiagnosticDescriptors.MissingOperationId, pointer, httpMethod, pathTemplate, baseName + "Async");
        }

        string methodName = baseName + "Async";
        NameScope parameterNames = new NameScope("cancellationToken", "request", "response", "responseStream", "status", "query", "path", "item", "error", "parts");
        List<ParameterModel> parameters = MapParameters(pathTemplate, pathItem, operation, baseName, parameterNames, pointer);
        BodyModel? body = MapBody(operation.RequestBody, baseName, parameterNames, pointer + "/requestBody", parameters);
        (ResponseModel? success, List<int> successCodes, List<int> errorCodes) = MapResponses(operation.Responses, baseName, pointer + "/responses");

        string? deprecationMessage = operation.Deprecated ? DeprecationMessage(operation) : null;

        return new OperationModel(
            string.IsNullOrWhiteSpace(operation.OperationId) ? baseName : operation.OperationId!,
            methodName,
            httpMethod,
            pathTemplate,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            deprecationMessage,
            parameters.ToEquatableArray(),
            body,
            success,
            successCodes.ToEquatableArray(),
            errorCodes.ToEquatableArray());
    }

    private List<ParameterModel> MapParameters(string pathTemplate, IOpenApiPathItem pathItem, OpenApiOperation operation, string baseName, NameScope names, string pointer)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        List<(IOpenApiParameter Parameter, string Pointer)> all = new List<(IOpenApiParameter, string)>();
        if (operation.Parameters is not null)
        {
            for (int i = 0; i < operation.Parameters.Count; i++)
            {
                all.Add((operation.Parameters[i], pointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (pathItem.Parameters is not null)
        {
            for (int i = 0; i < pathItem.Parameters.Count; i++)
            {
                IOpenApiParameter candidate = pathItem.Parameters[i];
                if (!all.Any(p => p.Parameter.Name == candidate.Name && p.Parameter.In == candidate.In))
                {
                    all.Add((candidate, "#/paths/" + SchemaMapper.Escape(pathTemplate) + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }

        List<ParameterModel> parameters = new List<ParameterModel>();
        foreach ((IOpenApiParameter parameter, string parameterPointer) in all)
        {
            if (parameter is OpenApiParameterReference { Target: null } dangling)
            {
                _context.Report(DiagnosticDescriptors.UnresolvedReference, parameterPointer, dangling.Reference?.ReferenceV3 ?? "(empty)", "the parameter is left out");
                continue;
            }

            if (parameter.Name is null || parameter.In is null)
            {
                continue;
            }

            ParameterLocation location = parameter.In switch
            {
                Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
                Microsoft.OpenApi.ParameterLocation.Header => ParameterLocation.Header,
                Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
                _ => ParameterLocation.Query,
            };
            IOpenApiSchema? schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
            (TypeRef type, _) = schema is null ? (TypeRef.String, false) : _schemas.Map(schema, baseName + Identifiers.ToPascalCase(parameter.Name), parameterPointer + "/schema");
            // Objects in the query are sent by their members (form or deepObject style); other structured values as text.
            // A union of scalars is sent as its branch's text: a union type with a text form, or, for the unions mapped to
            // JsonElement (GitHub's workflow_id: an integer or a file name), a string that the caller formats.
            if (type.Kind == TypeKind.Json && schema is not null && IsScalarOnlyUnion(schema))
            {
                type = TypeRef.String;
            }

            bool scalarUnion = _schemas.IsScalarUnion(type);
            bool objectInQuery = !scalarUnion && location == ParameterLocation.Query && type.Kind is TypeKind.Model or TypeKind.Map
                && parameter.Style is null or Microsoft.OpenApi.ParameterStyle.Form or Microsoft.OpenApi.ParameterStyle.DeepObject;
            if (!objectInQuery && !scalarUnion && (type.Kind is TypeKind.Model or TypeKind.Json or TypeKind.Map || (type.Kind == TypeKind.Array && type.Element!.Kind is TypeKind.Model or TypeKind.Json or TypeKind.Array or TypeKind.Map)))
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, "A structured " + location.ToString().ToLowerInvariant() + " parameter ('" + parameter.Name + "')", "a string in its serialized form");
                type = type.Kind == TypeKind.Array ? TypeRef.ArrayOf(TypeRef.String) : TypeRef.String;
            }

            parameters.Add(new ParameterModel(
                parameter.Name,
                names.Reserve(Identifiers.ToCamelCase(parameter.Name)),
                location,
                type,
                Required: location == ParameterLocation.Path || parameter.Required,
                parameter.Description,
                parameter.Deprecated,
                _schemas.Constraints(schema),
                Explode: parameter.Explode || parameter.Style is not (null or Microsoft.OpenApi.ParameterStyle.Form),
                DefaultValue: schema?.Default?.ToJsonString(),
                DeepObject: parameter.Style == Microsoft.OpenApi.ParameterStyle.DeepObject,
                ScalarUnion: scalarUnion));
        }

        foreach (string placeholder in PathPlaceholders(pathTemplate))
        {
            if (!parameters.Any(p => p.Location == ParameterLocation.Path && p.Name == placeholder))
            {
                _context.Report(DiagnosticDescriptors.OpenApiWarning, pointer, "The path parameter '" + placeholder + "' of " + pathTemplate + " is not declared; it is generated as a string parameter");
                parameters.Add(new ParameterModel(placeholder, names.Reserve(Identifiers.ToCamelCase(placeholder)), ParameterLocation.Path, TypeRef.String, true, null, false, ConstraintsModel.None));
            }
        }

        // Path parameters in template order, then other required ones, then optional ones (which can have defaults).
        List<string> placeholders = PathPlaceholders(pathTemplate).ToList();
        return parameters.Where(p => p.Location == ParameterLocation.Path).OrderBy(p => placeholders.IndexOf(p.Name))
            .Concat(parameters.Where(p => p.Location != ParameterLocation.Path && p.Required))
            .Concat(parameters.Where(p => !p.Required))
            .ToList();
    }

    /// <summary>The [Obsolete] message: the description's x-ms-deprecated note (date, removal date, replacement) when present.</summary>
    private static string DeprecationMessage(OpenApiOperation operation)
    {
        const string Default = "Deprecated by the API description.";
        if (operation.Extensions is null || !operation.Extensions.TryGetValue("x-ms-deprecated", out IOpenApiExtension? extension))
        {
            return Default;
        }

        string? date = null, removal = null, description = null;
        if (extension is Microsoft.OpenApi.MicrosoftExtensions.OpenApiDeprecationExtension parsed)
        {
            date = parsed.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            removal = parsed.RemovalDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            description = parsed.Description;
        }
        else if (extension is JsonNodeExtension { Node: System.Text.Json.Nodes.JsonObject node })
        {
            date = Text(node, "date");
            removal = Text(node, "removalDate");
            description = Text(node, "description");
        }

        string message = "Deprecated by the API" + (date is null ? string.Empty : " since " + date)
            + (removal is null ? string.Empty : ", to be removed on " + removal) + ".";
        return string.IsNullOrWhiteSpace(description) ? message : message + " " + description!.Trim();
    }

    private static string? Text(System.Text.Json.Nodes.JsonObject node, string name)
    {
        if (node.TryGetPropertyValue(name, out System.Text.Json.Nodes.JsonNode? value) && value is System.Text.Json.Nodes.JsonValue text && text.TryGetValue(out string? result))
        {
            // YAML dates arrive as text; keep only the date part of a timestamp.
            return result.Length > 10 && result[4] == '-' && result[10] == 'T' ? result.Substring(0, 10) : result;
        }

        return null;
    }

    public static IEnumerable<string> PathPlaceholders(string pathTemplate)
    {
        int start = 0;
        while ((start = pathTemplate.IndexOf('{', start)) >= 0)
        {
            int end = pathTemplate.IndexOf('}', start);
            if (end < 0)
            {
                yield break;
            }

            yield return pathTemplate.Substring(start + 1, end - start - 1);
            start = end + 1;
        }
    }

    /// <remarks>Multipart bodies with files add their parts to <paramref name="parameters"/>.</remarks>
    private BodyModel? MapBody(IOpenApiRequestBody? requestBody, string baseName, NameScope names, string pointer, List<ParameterModel> parameters)
    {
        if (requestBody is OpenApiRequestBodyReference { Target: null } dangling)
        {
            _context.Report(DiagnosticDescriptors.UnresolvedReference, pointer, dangling.Reference?.ReferenceV3 ?? "(empty)", "the operation is generated without a request body");
            return null;
        }

        if (requestBody?.Content is not { Count: > 0 } content)
        {
            return null;
        }

        string contentPointer(string mediaType) => pointer + "/content/" + SchemaMapper.Escape(mediaType) + "/schema";
        KeyValuePair<string, IOpenApiMediaType> multipartWithFiles = content.FirstOrDefault(c => MediaType(c.Key) == "multipart/form-data" && HasBinaryMember(c.Value.Schema));
        if (multipartWithFiles.Key is not null && !content.Any(c => IsJson(c.Key)))
        {
            parameters.AddRange(MapParts(multipartWithFiles.Value.Schema!, baseName, names, contentPointer(multipartWithFiles.Key), requestBody.Required));
            return new BodyModel(string.Empty, "multipart/form-data", new TypeRef(TypeKind.Content), requestBody.Required, requestBody.Description, BodyKind.MultipartParts);
        }

        string bodyName = names.Reserve("body");
        KeyValuePair<string, IOpenApiMediaType> json = content.FirstOrDefault(c => IsJson(c.Key) && c.Value.Schema?.Format != "binary");
        if (json.Key is not null)
        {
            (TypeRef type, _) = _schemas.Map(json.Value.Schema, baseName + "Request", contentPointer(json.Key));
            return new BodyModel(bodyName, json.Key, type, requestBody.Required, requestBody.Description, BodyKind.Json);
        }

        foreach (KeyValuePair<string, IOpenApiMediaType> media in content)
        {
            string type = MediaType(media.Key);
            if (type is "application/x-www-form-urlencoded" or "multipart/form-data")
            {
                if (HasBinaryMember(media.Value.Schema))
                {
                    continue;
                }

                (TypeRef model, _) = _schemas.Map(media.Value.Schema, baseName + "Request", contentPointer(media.Key));
                if (model.Kind == TypeKind.Model)
                {
                    return new BodyModel(bodyName, type, model, requestBody.Required, requestBody.Description,
                        type == "multipart/form-data" ? BodyKind.Multipart : BodyKind.Form);
                }
            }
            else if (type.StartsWith("text/", StringComparison.Ordinal))
            {
                return new BodyModel(bodyName, type, TypeRef.Text, requestBody.Required, requestBody.Description, BodyKind.Text);
            }
            else if (IsBinary(type, media.Value.Schema))
            {
                return new BodyModel(bodyName, type, TypeRef.Stream, requestBody.Required, requestBody.Description, BodyKind.Stream);
            }
        }

        // Multipart with files, XML and other bodies are passed through as HttpContent until typed support lands.
        string mediaType = content.Keys.First();
        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "The request body media type '" + mediaType + "'", "an HttpContent parameter");
        return new BodyModel(bodyName, mediaType, new TypeRef(TypeKind.Content), requestBody.Required, requestBody.Description, BodyKind.Content);
    }

    private static string MediaType(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();

    private static bool IsBinary(string mediaType, IOpenApiSchema? schema) =>
        mediaType is "application/octet-stream" or "application/pdf" or "application/zip" or "application/gzip"
        || mediaType.StartsWith("image/", StringComparison.Ordinal)
        || mediaType.StartsWith("audio/", StringComparison.Ordinal)
        || mediaType.StartsWith("video/", StringComparison.Ordinal)
        || schema?.Format is "binary" or "byte"
        || (schema is null && mediaType == "*/*");

    /// <summary>
    /// The members of a multipart schema as parameters in document order: binary members as files (arrays as repeated
    /// files), others by their schema (scalars become text parts, objects JSON parts). A member is required when the
    /// body is and the schema lists it.
    /// </summary>
    private IEnumerable<ParameterModel> MapParts(IOpenApiSchema schema, string baseName, NameScope names, string pointer, bool bodyRequired)
    {
        foreach (KeyValuePair<string, IOpenApiSchema> member in schema.Properties!)
        {
            string memberPointer = pointer + "/properties/" + SchemaMapper.Escape(member.Key);
            TypeRef type = IsBinaryMember(member.Value) ? TypeRef.File
                : member.Value.Items is { } items && IsBinaryMember(items) ? TypeRef.ArrayOf(TypeRef.File)
                : _schemas.Map(member.Value, baseName + Identifiers.ToPascalCase(member.Key), memberPointer).Type;
            yield return new ParameterModel(
                member.Key,
                names.Reserve(Identifiers.ToCamelCase(member.Key)),
                ParameterLocation.FormPart,
                type,
                Required: bodyRequired && schema.Required?.Contains(member.Key) == true,
                member.Value.Description,
                member.Value.Deprecated,
                _schemas.Constraints(member.Value),
                DefaultValue: member.Value.Default?.ToJsonString());
        }
    }

    /// <summary>
    /// A oneOf/anyOf of scalar branches, or a type array of scalars (Microsoft.OpenApi reads a 3.0 <c>oneOf</c> of
    /// plain types as one).
    /// </summary>
    private static bool IsScalarOnlyUnion(IOpenApiSchema schema)
    {
        IList<IOpenApiSchema>? branches = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf is { Count: > 0 } ? schema.AnyOf : null;
        return branches is not null
            ? branches.All(b => IsScalarType(b.Type) && b.Properties is not { Count: > 0 })
            : IsScalarType(schema.Type) && schema.Properties is not { Count: > 0 };
    }

    private static bool IsScalarType(JsonSchemaType? type)
    {
        const JsonSchemaType Scalars = JsonSchemaType.String | JsonSchemaType.Integer | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Null;
        return type is JsonSchemaType t && (t & ~JsonSchemaType.Null) != 0 && (t & ~Scalars) == 0;
    }

    private static bool IsBinaryMember(IOpenApiSchema schema) => schema.Format == "binary";

    private static bool HasBinaryMember(IOpenApiSchema? schema) =>
        schema?.Properties is not null && schema.Properties.Values.Any(p => IsBinaryMember(p) || p.Items is { } items && IsBinaryMember(items));

    private (ResponseModel? Success, List<int> SuccessCodes, List<int> ErrorCodes) MapResponses(OpenApiResponses? responses, string baseName, string pointer)
    {
        List<int> successCodes = new List<int>();
        List<int> errorCodes = new List<int>();
        ResponseModel? success = null;
        if (responses is null)
        {
            return (null, successCodes, errorCodes);
        }

        foreach (KeyValuePair<string, IOpenApiResponse> response in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (response.Value is OpenApiResponseReference { Target: null } dangling)
            {
                _context.Report(DiagnosticDescriptors.UnresolvedReference, pointer + "/" + SchemaMapper.Escape(response.Key), dangling.Reference?.ReferenceV3 ?? "(empty)", "the response is read as having no body");
            }

            int code = StatusCode(response.Key);
            if (code >= 200 && code < 300)
            {
                successCodes.Add(code);
                if (success is null && response.Value.Content is { Count: > 0 } content)
                {
                    KeyValuePair<string, IOpenApiMediaType> json = content.FirstOrDefault(c => IsJson(c.Key) && c.Value.Schema is not null && c.Value.Schema.Format != "binary");
                    if (json.Key is not null)
                    {
                        (TypeRef type, _) = _schemas.Map(json.Value.Schema, baseName + "Response", pointer + "/" + SchemaMapper.Escape(response.Key) + "/content/" + SchemaMapper.Escape(json.Key) + "/schema");
                        success = new ResponseModel(code, json.Key, type, response.Value.Description);
                    }
                    else
                    {
                        KeyValuePair<string, IOpenApiMediaType> other = content.First();
                        string mediaType = MediaType(other.Key);
                        success = mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType is "application/xml" or "application/yaml"
                            ? new ResponseModel(code, other.Key, TypeRef.Text, response.Value.Description)
                            : new ResponseModel(code, other.Key, TypeRef.Stream, response.Value.Description);
                    }
                }
            }
            else if (code >= 400 && code < 600 && response.Key.Length == 3)
            {
                errorCodes.Add(code);
            }

            // Error bodies' schemas are generated too, so callers can read an error body into its model.
            if ((code < 200 || code >= 300) && response.Value.Content is { Count: > 0 } errorContent)
            {
                KeyValuePair<string, IOpenApiMediaType> json = errorContent.FirstOrDefault(c => IsJson(c.Key) && c.Value.Schema is OpenApiSchemaReference);
                if (json.Key is not null)
                {
                    _schemas.Map(json.Value.Schema, baseName + "Error", pointer + "/" + SchemaMapper.Escape(response.Key) + "/content/" + SchemaMapper.Escape(json.Key) + "/schema");
                }
            }
        }

        return (success, successCodes, errorCodes);
    }

    private static int StatusCode(string key)
    {
        if (key.Length == 3 && (key[1] == 'X' || key[1] == 'x'))
        {
            return (key[0] - '0') * 100;
        }

        return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int code) ? code : -1;
    }

    private static bool IsJson(string mediaType)
    {
        string type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || type == "*/*";
    }

    private static string DeriveName(string httpMethod, string pathTemplate)
    {
        StringBuilder builder = new StringBuilder(Identifiers.ToPascalCase(httpMethod.ToLowerInvariant()));
        foreach (string segment in pathTemplate.Split('/'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            builder.Append(segment.StartsWith("{", StringComparison.Ordinal)
                ? "By" + Identifiers.ToPascalCase(segment.Trim('{', '}'))
                : Identifiers.ToPascalCase(segment));
        }

        return builder.ToString().TrimStart('_');
    }
}
