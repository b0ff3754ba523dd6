using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>Emits the client interface and class: one async method per operation over a caller-supplied HttpClient.</summary>
internal static class ClientEmitter
{
    private const string Http = "global::Kumo.OpenApi.Runtime.Http.ApiHttp";
    private const string CancellationTokenType = "global::System.Threading.CancellationToken";

    public static string Emit(ClientFile file)
    {
        ClientModel client = file.Client;
        SourceWriter writer = new SourceWriter();
        EmitterCommon.WriteHeader(writer, client.Namespace);
        if (file.Kind == ClientFileKind.Operations)
        {
            // A part of the declarations in the core file: no docs or attributes again.
            writer.WriteLine("public partial interface I" + client.ClientName);
            writer.OpenBlock();
            WriteInterfaceMembers(writer, client);
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("public partial class " + client.ClientName);
            writer.OpenBlock();
            WriteMethods(writer, client, leadingBlankLine: false);
            writer.CloseBlock();
        }
        else
        {
            EmitInterface(writer, client);
            writer.WriteLine();
            EmitClass(writer, client);
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void EmitInterface(SourceWriter writer, ClientModel client)
    {
        writer.WriteLine("/// <summary>The operations of " + Identifiers.XmlEscape(client.Title) + ".</summary>");
        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public partial interface I" + client.ClientName);
        writer.OpenBlock();
        WriteInterfaceMembers(writer, client);
        writer.CloseBlock();
    }

    private static void WriteInterfaceMembers(SourceWriter writer, ClientModel client)
    {
        bool first = true;
        foreach (OperationModel operation in client.Operations)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteOperationDocs(writer, client, operation);
            if (operation.Deprecated)
            {
                writer.WriteLine(EmitterCommon.Obsolete(operation.DeprecationMessage));
            }

            writer.WriteLine(Signature(client, operation) + ";");
        }
    }

    private static void WriteMethods(SourceWriter writer, ClientModel client, bool leadingBlankLine)
    {
        bool blank = leadingBlankLine;
        foreach (OperationModel operation in client.Operations)
        {
            if (blank)
            {
                writer.WriteLine();
            }

            blank = true;
            EmitMethod(writer, client, operation);
        }
    }

    private static void EmitClass(SourceWriter writer, ClientModel client)
    {
        EmitterCommon.WriteDocs(writer, "A typed client for " + client.Title + ".", client.Description);
        if (client.SecuritySchemes.Count > 0)
        {
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// Authentication is added by handlers in the HttpClient's pipeline (see Kumo.OpenApi.Runtime.Authentication). The description declares:");
            writer.WriteLine("/// <list type=\"bullet\">");
            foreach (SecuritySchemeModel scheme in client.SecuritySchemes)
            {
                writer.WriteLine("/// <item><description><c>" + Identifiers.XmlEscape(scheme.Name) + "</c> (" + Identifiers.XmlEscape(scheme.Kind) + ")" + (scheme.Deprecated ? ", deprecated" : string.Empty) + "</description></item>");
            }

            writer.WriteLine("/// </list>");
            writer.WriteLine("/// </remarks>");
        }

        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public partial class " + client.ClientName + " : global::" + client.Namespace + ".I" + client.ClientName);
        writer.OpenBlock();
        writer.WriteLine("/// <summary>The API's address from the description, used when the HttpClient has no BaseAddress.</summary>");
        writer.WriteLine("public const string DefaultBaseAddress = " + Identifiers.Literal(client.DefaultBaseAddress) + ";");
        writer.WriteLine();
        writer.WriteLine("private readonly global::System.Net.Http.HttpClient _httpClient;");
        writer.WriteLine("private readonly string _baseAddress;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.WriteLine("/// <param name=\"httpClient\">The HttpClient; its BaseAddress, when set, replaces <see cref=\"DefaultBaseAddress\"/>. Authentication, retries and logging belong in its handler pipeline.</param>");
        writer.WriteLine("public " + client.ClientName + "(global::System.Net.Http.HttpClient httpClient)");
        writer.OpenBlock();
        writer.WriteLine("_httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
        writer.WriteLine("_baseAddress = " + Http + ".ResolveBaseAddress(httpClient.BaseAddress, DefaultBaseAddress);");
        writer.CloseBlock();
        WriteMethods(writer, client, leadingBlankLine: true);
        writer.WriteLine();
        EmitErrorFactory(writer, client);
        writer.CloseBlock();
    }

    private static void EmitMethod(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        string ns = client.Namespace;
        string serializer = "global::" + ns + "." + client.SerializerName;
        writer.WriteLine("/// <inheritdoc />");
        if (operation.Deprecated)
        {
            writer.WriteLine(EmitterCommon.Obsolete(operation.DeprecationMessage));
        }

        writer.WriteLine("public async " + Signature(client, operation));
        writer.OpenBlock();
        foreach (ParameterModel parameter in operation.Parameters)
        {
            if (parameter.Required && !parameter.Type.IsValueType)
            {
                writer.WriteLine("if (" + parameter.CSharpName + " is null)");
                writer.OpenBlock();
                writer.WriteLine("throw new global::System.ArgumentNullException(nameof(" + parameter.CSharpName + "));");
                writer.CloseBlock();
            }
        }

        if (operation.BodyParameter is { Required: true } requiredBody && !requiredBody.Type.IsValueType)
        {
            writer.WriteLine("if (" + requiredBody.CSharpName + " is null)");
            writer.OpenBlock();
            writer.WriteLine("throw new global::System.ArgumentNullException(nameof(" + requiredBody.CSharpName + "));");
            writer.CloseBlock();
        }

        List<ParameterModel> query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
        if (query.Count > 0)
        {
            writer.WriteLine("global::Kumo.OpenApi.Runtime.Http.QueryStringBuilder query = new global::Kumo.OpenApi.Runtime.Http.QueryStringBuilder();");
            foreach (ParameterModel parameter in query)
            {
                WriteQueryParameter(writer, parameter, ns, serializer);
            }
        }

        // The request type carries the operation for the pipeline's logs, so no per-request Options dictionary is made.
        writer.WriteLine("using global::Kumo.OpenApi.Runtime.Http.ApiRequestMessage request = new global::Kumo.OpenApi.Runtime.Http.ApiRequestMessage(" + HttpMethodExpression(operation.HttpMethod) + ", new global::System.Uri(" + UriExpression(operation, query.Count > 0) + ", global::System.UriKind.Absolute), " + Identifiers.Literal(operation.OperationId) + ", " + Identifiers.Literal(operation.PathTemplate) + ");");
        if (operation.SuccessResponse is not null)
        {
            writer.WriteLine("request.Headers.TryAddWithoutValidation(\"Accept\", " + Identifiers.Literal(operation.SuccessResponse.MediaType == "*/*" ? "application/json" : operation.SuccessResponse.MediaType) + ");");
        }

        foreach (ParameterModel parameter in operation.Parameters.Where(p => p.Location is ParameterLocation.Header or ParameterLocation.Cookie))
        {
            WriteHeaderParameter(writer, parameter);
        }

        if (operation.Body is { Kind: BodyKind.MultipartParts })
        {
            WriteParts(writer, operation, serializer, ns);
        }
        else if (operation.Body is BodyModel body)
        {
            WriteBody(writer, body, serializer, ns);
        }

        bool streamed = operation.SuccessResponse?.Type.Kind == TypeKind.Stream;
        string send = "global::System.Net.Http.HttpResponseMessage response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);";
        if (streamed)
        {
            // The returned stream owns the response: it is disposed here only when no stream is handed out.
            writer.WriteLine(send);
            writer.WriteLine("try");
            writer.OpenBlock();
        }
        else
        {
            writer.WriteLine("using " + send);
        }

        writer.WriteLine("int status = (int)response.StatusCode;");
        writer.WriteLine("if (status >= 200 && status <= 299)");
        writer.OpenBlock();
        switch (operation.SuccessResponse)
        {
            case null:
                writer.WriteLine("return;");
                break;
            case { Type.Kind: TypeKind.Stream }:
                writer.WriteLine("global::System.IO.Stream responseStream = await " + Http + ".ReadStreamAsync(response, cancellationToken).ConfigureAwait(false);");
                writer.WriteLine("response = null!;");
                writer.WriteLine("return responseStream;");
                break;
            case { Type.Kind: TypeKind.Text }:
                writer.WriteLine("return await " + Http + ".ReadTextAsync(response, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseModel success:
                writer.WriteLine("return await " + Http + ".ReadJsonAsync<" + TypeSyntax.Of(success.Type, ns) + ">(response, " + TypeSyntax.ReadFunc(success.Type, serializer, ns) + ", " + Identifiers.Literal(TypeSyntax.Display(success.Type)) + ", cancellationToken).ConfigureAwait(false);");
                break;
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("throw await CreateExceptionAsync(response, cancellationToken).ConfigureAwait(false);");
        if (streamed)
        {
            writer.CloseBlock();
            writer.WriteLine("finally");
            writer.OpenBlock();
            writer.WriteLine("response?.Dispose();");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    private static void WriteBody(SourceWriter writer, BodyModel body, string serializer, string ns)
    {
        if (!body.Required)
        {
            writer.WriteLine("if (" + body.CSharpName + " is not null)");
            writer.OpenBlock();
        }

        string value = body.Type.IsValueType && !body.Required ? body.CSharpName + ".Value" : body.CSharpName;
        string mediaType = Identifiers.Literal(body.MediaType);
        string typeName = TypeSyntax.Of(body.Type, ns);
        writer.WriteLine("request.Content = " + body.Kind switch
        {
            BodyKind.Content => value,
            BodyKind.Stream => Http + ".CreateStreamContent(" + value + ", " + mediaType + ")",
            BodyKind.Text => Http + ".CreateTextContent(" + value + ", " + mediaType + ")",
            BodyKind.Form => Http + ".CreateFormContent<" + typeName + ">(" + value + ", " + TypeSyntax.WriteFunc(body.Type, serializer, ns) + ")",
            BodyKind.Multipart => Http + ".CreateMultipartContent<" + typeName + ">(" + value + ", " + TypeSyntax.WriteFunc(body.Type, serializer, ns) + ")",
            _ => Http + ".CreateJsonContent<" + typeName + ">(" + value + ", " + TypeSyntax.WriteFunc(body.Type, serializer, ns) + ")",
        } + ";");
        if (!body.Required)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>A multipart body from its part parameters: files, text parts (arrays repeat) and JSON parts.</summary>
    private static void WriteParts(SourceWriter writer, OperationModel operation, string serializer, string ns)
    {
        writer.WriteLine("global::Kumo.OpenApi.Runtime.Http.MultipartBuilder parts = new global::Kumo.OpenApi.Runtime.Http.MultipartBuilder();");
        foreach (ParameterModel part in operation.Parameters.Where(p => p.Location == ParameterLocation.FormPart))
        {
            string name = Identifiers.Literal(part.Name);
            TypeRef type = part.Type;
            bool repeated = type.Kind == TypeKind.Array && type.Element!.Kind is not (TypeKind.Model or TypeKind.Json or TypeKind.Array or TypeKind.Map);
            if (repeated)
            {
                WriteForEachItem(writer, part.CSharpName, type.Element!, ns, PartStatement(name, type.Element!, "item", nullable: false, serializer, ns));
            }
            else
            {
                writer.WriteLine(PartStatement(name, type, part.CSharpName, nullable: !part.Required, serializer, ns));
            }
        }

        writer.WriteLine("request.Content = parts.Build();");
    }

    /// <summary>Runs <paramref name="statement"/> for each <c>item</c> of a collection that may be null (repeated query parameters and parts).</summary>
    private static void WriteForEachItem(SourceWriter writer, string collection, TypeRef element, string ns, string statement)
    {
        writer.WriteLine("if (" + collection + " is not null)");
        writer.OpenBlock();
        writer.WriteLine("foreach (" + TypeSyntax.Of(element, ns) + " item in " + collection + ")");
        writer.OpenBlock();
        writer.WriteLine(statement);
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string PartStatement(string name, TypeRef type, string value, bool nullable, string serializer, string ns) => type.Kind switch
    {
        TypeKind.File => "parts.AddFile(" + name + ", " + value + ");",
        TypeKind.String or TypeKind.Text => "parts.Add(" + name + ", " + value + ");",
        TypeKind.Enum => "parts.Add(" + name + ", " + value + (nullable ? "?.Value" : ".Value") + ");",
        TypeKind.Model or TypeKind.Json or TypeKind.Array or TypeKind.Map
            => "parts.AddJson<" + TypeSyntax.Of(type, ns) + ">(" + name + ", " + value + (nullable && type.IsValueType ? " ?? default" : string.Empty) + ", " + TypeSyntax.WriteFunc(type, serializer, ns) + ");",
        _ => "parts.Add(" + name + ", global::Kumo.OpenApi.Runtime.Http.ApiFormat.Text(" + value + "));",
    };

    /// <summary>The shared HttpMethod instance for standard methods (no allocation per request).</summary>
    private static string HttpMethodExpression(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        _ => "new global::System.Net.Http.HttpMethod(" + Identifiers.Literal(method) + ")",
    };

    private static void WriteQueryParameter(SourceWriter writer, ParameterModel parameter, string ns, string serializer)
    {
        string name = Identifiers.Literal(parameter.Name);
        if (parameter.ScalarUnion)
        {
            writer.WriteLine("query.Add(" + name + ", " + parameter.CSharpName + (parameter.Required ? ".ToString()" : "?.ToString()") + ");");
            return;
        }

        if (parameter.Type.Kind is TypeKind.Model or TypeKind.Map)
        {
            writer.WriteLine("query.AddObject<" + TypeSyntax.Of(parameter.Type, ns) + ">(" + name + ", " + parameter.CSharpName + ", " + TypeSyntax.WriteFunc(parameter.Type, serializer, ns)
                + ", explode: " + (parameter.Explode ? "true" : "false") + ", deepObject: " + (parameter.DeepObject ? "true" : "false") + ");");
            return;
        }

        if (parameter.Type.Kind == TypeKind.Array && !parameter.Explode)
        {
            string item = TypeSyntax.Of(parameter.Type.Element!, ns);
            string format = parameter.Type.Element!.Kind switch
            {
                TypeKind.String => "static item => item",
                TypeKind.Enum => "static item => item.Value",
                _ => "static item => global::System.Convert.ToString(item, global::System.Globalization.CultureInfo.InvariantCulture)",
            };
            writer.WriteLine("query.AddJoined(" + name + ", " + parameter.CSharpName + " is null ? null : global::System.Linq.Enumerable.Select<" + item + ", string?>(" + parameter.CSharpName + ", " + format + "));");
            return;
        }

        if (parameter.Type.Kind == TypeKind.Array)
        {
            WriteForEachItem(writer, parameter.CSharpName, parameter.Type.Element!, ns, "query.Add(" + name + ", " + QueryValue(parameter.Type.Element!, "item", false) + ");");
            return;
        }

        writer.WriteLine("query.Add(" + name + ", " + QueryValue(parameter.Type, parameter.CSharpName, !parameter.Required) + ");");
    }

    private static string QueryValue(TypeRef type, string value, bool nullable) => type.Kind switch
    {
        TypeKind.Enum => nullable ? value + "?.Value" : value + ".Value",
        _ => value,
    };

    private static void WriteHeaderParameter(SourceWriter writer, ParameterModel parameter)
    {
        string value = parameter.ScalarUnion ? parameter.CSharpName + ".ToString()" : parameter.Type.Kind switch
        {
            TypeKind.String => parameter.CSharpName,
            TypeKind.Enum => parameter.CSharpName + (parameter.Required ? ".Value" : ".Value.Value"),
            TypeKind.Array => "string.Join(\",\", " + parameter.CSharpName + ")",
            _ => Http + ".PathValue(" + parameter.CSharpName + (parameter.Required ? string.Empty : ".Value") + ")",
        };
        bool check = !parameter.Required || !parameter.Type.IsValueType;
        if (check)
        {
            writer.WriteLine("if (" + parameter.CSharpName + " is not null)");
            writer.OpenBlock();
        }

        writer.WriteLine(parameter.Location == ParameterLocation.Cookie
            ? "request.Headers.TryAddWithoutValidation(\"Cookie\", " + Identifiers.Literal(parameter.Name + "=") + " + global::System.Uri.EscapeDataString(" + value + "));"
            : "request.Headers.TryAddWithoutValidation(" + Identifiers.Literal(parameter.Name) + ", " + value + ");");
        if (check)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>
    /// The request URI as one string: the base address, the expanded path and the query string. Values are formatted
    /// straight into a pooled buffer where they need no escaping (UUIDs, integers), so a call allocates only the
    /// final string.
    /// </summary>
    private static string UriExpression(OperationModel operation, bool hasQuery)
    {
        StringBuilder builder = new StringBuilder("{_baseAddress}");
        bool hasHoles = hasQuery;
        string template = operation.PathTemplate;
        int position = 0;
        while (position < template.Length)
        {
            int open = template.IndexOf('{', position);
            int close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(InterpolatedText(template.Substring(position)));
                break;
            }

            builder.Append(InterpolatedText(template.Substring(position, open - position)));
            string name = template.Substring(open + 1, close - open - 1);
            ParameterModel? parameter = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.Name == name);
            if (parameter is null)
            {
                builder.Append(InterpolatedText(template.Substring(open, close - open + 1)));
            }
            else
            {
                builder.Append('{').Append(PathHole(parameter)).Append('}');
                hasHoles = true;
            }

            position = close + 1;
        }

        if (hasQuery)
        {
            builder.Append("{query}");
        }

        if (!hasHoles)
        {
            return "_baseAddress + " + Identifiers.Literal(template);
        }

        return "string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"" + builder + "\")";
    }

    // Holes holding "global::" are parenthesized: an unparenthesized ':' would start a format string.
    private static string PathHole(ParameterModel parameter) => parameter.ScalarUnion ? "(" + Http + ".PathValue(" + parameter.CSharpName + ".ToString()))" : parameter.Type.Kind switch
    {
        TypeKind.Guid => parameter.CSharpName + ":D",
        TypeKind.Int32 or TypeKind.Int64 => parameter.CSharpName,
        TypeKind.Array => "(" + Http + ".PathValues(" + parameter.CSharpName + ", static item => " + Http + ".PathValue(item" + (parameter.Type.Element!.Kind == TypeKind.Enum ? ".Value" : string.Empty) + ")))",
        TypeKind.Enum => "(" + Http + ".PathValue(" + parameter.CSharpName + ".Value))",
        _ => "(" + Http + ".PathValue(" + parameter.CSharpName + "))",
    };

    /// <summary>Literal text inside an interpolated string: escaped as a string literal, braces doubled.</summary>
    private static string InterpolatedText(string text)
    {
        string literal = Identifiers.Literal(text);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    private static string Signature(ClientModel client, OperationModel operation)
    {
        string ns = client.Namespace;
        string returnType = operation.SuccessResponse is ResponseModel success
            ? "global::System.Threading.Tasks.Task<" + TypeSyntax.Of(success.Type, ns) + ">"
            : "global::System.Threading.Tasks.Task";
        List<string> parameters = new List<string>();
        foreach (ParameterModel parameter in operation.Parameters.Where(p => p.Required))
        {
            parameters.Add(ParameterAttribute(parameter) + TypeSyntax.Of(parameter.Type, ns) + " " + parameter.CSharpName);
        }

        if (operation.BodyParameter is BodyModel body)
        {
            parameters.Add(body.Required
                ? TypeSyntax.Of(body.Type, ns) + " " + body.CSharpName
                : TypeSyntax.Of(body.Type, ns, nullable: true) + " " + body.CSharpName + " = null");
        }

        foreach (ParameterModel parameter in operation.Parameters.Where(p => !p.Required))
        {
            parameters.Add(ParameterAttribute(parameter) + TypeSyntax.Of(parameter.Type, ns, nullable: true) + " " + parameter.CSharpName + " = null");
        }

        parameters.Add(CancellationTokenType + " cancellationToken = default");
        return returnType + " " + operation.MethodName + "(" + string.Join(", ", parameters) + ")";
    }

    private static string ParameterAttribute(ParameterModel parameter)
    {
        SourceWriter attribute = new SourceWriter();
        ConstraintAttributes.Write(attribute, parameter.Name, parameter.Constraints);
        return attribute.ToString().TrimEnd('\n') + " ";
    }

    private static void WriteParameterDoc(SourceWriter writer, ParameterModel parameter)
    {
        string fallback = parameter.Location == ParameterLocation.FormPart
            ? "The form part '" + parameter.Name + "'."
            : "The " + parameter.Location.ToString().ToLowerInvariant() + " parameter '" + parameter.Name + "'.";
        string optional = parameter.Required ? string.Empty
            : " Optional." + (parameter.DefaultValue is null ? string.Empty : " The API's default: <c>" + Identifiers.XmlEscape(parameter.DefaultValue) + "</c>.");
        writer.WriteLine("/// <param name=\"" + parameter.CSharpName.TrimStart('@') + "\">" + EmitterCommon.InlineDoc(parameter.Description, fallback) + optional + "</param>");
    }

    private static void WriteOperationDocs(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        EmitterCommon.WriteDocs(writer, operation.Summary, operation.Description, operation.HttpMethod + " " + operation.PathTemplate);
        foreach (ParameterModel parameter in operation.Parameters.Where(p => p.Required))
        {
            WriteParameterDoc(writer, parameter);
        }

        if (operation.BodyParameter is BodyModel body)
        {
            writer.WriteLine("/// <param name=\"" + body.CSharpName + "\">" + EmitterCommon.InlineDoc(body.Description, "The request body.") + "</param>");
        }

        foreach (ParameterModel parameter in operation.Parameters.Where(p => !p.Required))
        {
            WriteParameterDoc(writer, parameter);
        }

        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        writer.WriteLine(operation.SuccessResponse is ResponseModel success
            ? "/// <returns>" + EmitterCommon.InlineDoc(success.Description, "The response.") + "</returns>"
            : "/// <returns>A task that completes when the API has answered with success.</returns>");
        foreach (int code in operation.ErrorStatusCodes)
        {
            ErrorTypeModel? error = client.ErrorTypes.FirstOrDefault(e => e.StatusCode == code);
            if (error is not null)
            {
                writer.WriteLine("/// <exception cref=\"global::" + client.Namespace + "." + error.Name + "\">The API answered HTTP " + code.ToString(CultureInfo.InvariantCulture) + ".</exception>");
            }
        }

        writer.WriteLine("/// <exception cref=\"global::" + client.Namespace + "." + client.ErrorPrefix + "ApiException\">The API answered with another error status.</exception>");
        if (operation.SuccessResponse is not null)
        {
            writer.WriteLine("/// <exception cref=\"global::Kumo.OpenApi.Runtime.ApiDeserializationException\">A success response whose body is not the documented JSON.</exception>");
        }
    }

    private static void EmitErrorFactory(SourceWriter writer, ClientModel client)
    {
        string baseName = "global::" + client.Namespace + "." + client.ErrorPrefix + "ApiException";
        writer.WriteLine("private static async global::System.Threading.Tasks.Task<" + baseName + "> CreateExceptionAsync(global::System.Net.Http.HttpResponseMessage response, " + CancellationTokenType + " cancellationToken)");
        writer.OpenBlock();
        writer.WriteLine("global::Kumo.OpenApi.Runtime.ApiError error = await " + Http + ".ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);");
        if (client.ErrorTypes.Count == 0)
        {
            writer.WriteLine("return new " + baseName + "(error);");
        }
        else
        {
            writer.WriteLine("switch (error.StatusCode)");
            writer.OpenBlock();
            foreach (ErrorTypeModel error in client.ErrorTypes)
            {
                writer.WriteLine("case " + error.StatusCode.ToString(CultureInfo.InvariantCulture) + ":");
                writer.WriteLine("    return new global::" + client.Namespace + "." + error.Name + "(error);");
            }

            writer.WriteLine("default:");
            writer.WriteLine("    return new " + baseName + "(error);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }
}
