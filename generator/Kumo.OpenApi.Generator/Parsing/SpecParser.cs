using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using Kumo.OpenApi.Generator.Diagnostics;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>Reads one API description into the equatable <see cref="ClientModel"/>; the only code that sees Microsoft.OpenApi objects.</summary>
internal static class SpecParser
{
    private static readonly Regex s_yamlPosition = new Regex(@"line (\d+), column (\d+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_jsonPosition = new Regex(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)", RegexOptions.CultureInvariant);

    // The default rules less the one for dangling $refs, which the mappers report themselves (KUMO003) at the $ref:
    // on GitHub's document that rule was a third of the validation time. By name: the rule's getter makes a new
    // instance on each call. A copy: the default set is shared.
    private static readonly Lazy<ValidationRuleSet> s_ruleSet = new Lazy<ValidationRuleSet>(() =>
    {
        ValidationRuleSet rules = new ValidationRuleSet(ValidationRuleSet.GetDefaultRuleSet());
        rules.Remove(nameof(OpenApiDocumentRules.OpenApiDocumentReferencesAreValid));
        return rules;
    });

    /// <summary>The OpenAPI validation rules whose findings are reported as KUMO009.</summary>
    internal static ValidationRuleSet ValidationRules => s_ruleSet.Value;

    public static GenerationResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        bool isJson = SpecSniffer.IsJson(input.Path);
        SpecLocator locator = new SpecLocator(input.Path, input.Text, isJson);
        string clientName = ClientNameFor(input);
        string ns = NamespaceFor(input);
        string errorPrefix = clientName.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;
        BuildContext context = new BuildContext(ns, clientName, clientName + "Json", errorPrefix + "ApiException", locator, cancellationToken);

        if (input.DuplicateOf is not null)
        {
            context.Report(DiagnosticDescriptors.DuplicateClient, locator.Start, clientName, ns, Path.GetFileName(input.DuplicateOf));
            return new GenerationResult(null, context.Diagnostics.ToEquatableArray());
        }

        if (isJson && !IsWellFormedJson(locator, context))
        {
            return new GenerationResult(null, context.Diagnostics.ToEquatableArray());
        }

        ReadResult result;
        try
        {
            // Validation rules run separately below: their findings are warnings (KUMO009), not build-breaking read errors.
            OpenApiReaderSettings settings = new OpenApiReaderSettings { LoadExternalRefs = false, DefaultContentType = new List<string> { "application/json" }, RuleSet = ValidationRuleSet.GetEmptyRuleSet() };
            settings.AddMicrosoftExtensionParsers();
            settings.TryAddReader(OpenApiConstants.Yaml, new OpenApiYamlReader());
            settings.TryAddReader(OpenApiConstants.Yml, new OpenApiYamlReader());
            result = OpenApiDocument.Parse(input.Text, isJson ? OpenApiConstants.Json : OpenApiConstants.Yaml, settings);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.Report(DiagnosticDescriptors.InvalidOpenApi, locator.Start, ex.Message);
            return new GenerationResult(null, context.Diagnostics.ToEquatableArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReportReaderDiagnostics(result.Diagnostic, locator, context, isJson);
        OpenApiDocument? document = result.Document;
        if (document is null || context.Diagnostics.Any(d => d.DescriptorId is "KUMO001"))
        {
            return new GenerationResult(null, context.Diagnostics.ToEquatableArray());
        }

        ReportRuleViolations(document, context);
        SchemaMapper schemas = new SchemaMapper(document, context);
        schemas.RegisterComponents();
        OperationMapper operations = new OperationMapper(document, context, schemas);
        List<OperationModel> operationModels = operations.MapAll();

        List<ErrorTypeModel> errorTypes = operationModels
            .SelectMany(o => o.ErrorStatusCodes)
            .Where(c => c % 100 != 0 || ErrorNames.ContainsKey(c))
            .Distinct()
            .OrderBy(c => c)
            .Select(c => new ErrorTypeModel(c, context.ReserveTypeName(errorPrefix + ErrorName(c) + "Exception"), ErrorSummary(c)))
            .ToList();

        ClientModel model = new ClientModel(
            input.Path,
            ns + "." + clientName,
            ns,
            clientName,
            errorPrefix,
            clientName + "Json",
            document.Info?.Title ?? clientName,
            document.Info?.Description,
            DefaultBaseAddress(document),
            operationModels.ToEquatableArray(),
            schemas.Types.OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray(),
            errorTypes.ToEquatableArray(),
            SecuritySchemes(document).ToEquatableArray(),
            RequiresAuthentication: document.Security is { Count: > 0 } || document.Components?.SecuritySchemes is { Count: > 0 });
        return new GenerationResult(model, context.Diagnostics.ToEquatableArray());
    }

    public static string ClientNameFor(SpecInput input) =>
        string.IsNullOrWhiteSpace(input.ClientName) ? Identifiers.ToPascalCase(BaseNameOf(input)) + "Client" : Identifiers.ToPascalCase(input.ClientName!);

    public static string NamespaceFor(SpecInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.Namespace))
        {
            return input.Namespace!.Trim();
        }

        string root = string.IsNullOrWhiteSpace(input.RootNamespace) ? "Kumo.Generated" : input.RootNamespace!;
        return root + "." + Identifiers.ToPascalCase(BaseNameOf(input));
    }

    private static string BaseNameOf(SpecInput input) =>
        input.BaseName.Length > 0 ? input.BaseName : Path.GetFileNameWithoutExtension(input.Path);

    private static bool IsWellFormedJson(SpecLocator locator, BuildContext context)
    {
        try
        {
            // A forward-only read checks well-formedness without building a document the OpenAPI reader builds anyway.
            Utf8JsonReader reader = new Utf8JsonReader(locator.Utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException ex)
        {
            int line = (int)(ex.LineNumber ?? 0);
            int column = (int)(ex.BytePositionInLine ?? 0);
            string message = ex.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            context.Report(DiagnosticDescriptors.InvalidDocument, locator.At(line, column), Path.GetFileName(locator.Start.FilePath), cut > 0 ? message.Substring(0, cut).TrimEnd('.', ' ') : message);
            return false;
        }
    }

    private static void ReportReaderDiagnostics(OpenApiDiagnostic? diagnostic, SpecLocator locator, BuildContext context, bool isJson)
    {
        if (diagnostic is null)
        {
            return;
        }

        foreach (OpenApiError error in diagnostic.Errors)
        {
            Match yaml = s_yamlPosition.Match(error.Message);
            if (!isJson && yaml.Success && error.Message.IndexOf("parse the YAML", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                int line = int.Parse(yaml.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
                int column = int.Parse(yaml.Groups[2].Value, CultureInfo.InvariantCulture) - 1;
                context.Report(DiagnosticDescriptors.InvalidDocument, locator.At(line, column), Path.GetFileName(locator.Start.FilePath), error.Message);
                continue;
            }

            Match json = s_jsonPosition.Match(error.Message);
            if (json.Success)
            {
                context.Report(DiagnosticDescriptors.InvalidDocument, locator.At(int.Parse(json.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(json.Groups[2].Value, CultureInfo.InvariantCulture)), Path.GetFileName(locator.Start.FilePath), error.Message);
                continue;
            }

            context.Report(DiagnosticDescriptors.InvalidOpenApi, error.Pointer, error.Message);
        }

        foreach (OpenApiError warning in diagnostic.Warnings)
        {
            context.Report(DiagnosticDescriptors.OpenApiWarning, warning.Pointer, warning.Message);
        }
    }

    /// <summary>OpenAPI rule violations (a duplicate path signature, a 3.1 operation without responses) do not stop generation: they are warnings.</summary>
    private static void ReportRuleViolations(OpenApiDocument document, BuildContext context)
    {
        IEnumerable<OpenApiError>? errors;
        try
        {
            errors = document.Validate(s_ruleSet.Value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return;
        }

        if (errors is null)
        {
            return;
        }

        foreach (OpenApiError error in errors)
        {
            context.Report(DiagnosticDescriptors.OpenApiWarning, error.Pointer, error.Message);
        }
    }

    private static string DefaultBaseAddress(OpenApiDocument document)
    {
        OpenApiServer? server = document.Servers?.FirstOrDefault();
        if (server?.Url is null)
        {
            return string.Empty;
        }

        string url = server.Url;
        if (server.Variables is not null)
        {
            foreach (KeyValuePair<string, OpenApiServerVariable> variable in server.Variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
            }
        }

        return url.TrimEnd('/');
    }

    private static IEnumerable<SecuritySchemeModel> SecuritySchemes(OpenApiDocument document)
    {
        if (document.Components?.SecuritySchemes is null)
        {
            yield break;
        }

        foreach (KeyValuePair<string, IOpenApiSecurityScheme> scheme in document.Components.SecuritySchemes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            string kind = scheme.Value.Type switch
            {
                SecuritySchemeType.Http => "http-" + (scheme.Value.Scheme ?? string.Empty).ToLowerInvariant(),
                SecuritySchemeType.ApiKey => "apiKey",
                SecuritySchemeType.OAuth2 => "oauth2",
                SecuritySchemeType.OpenIdConnect => "openIdConnect",
                _ => "other",
            };
            bool deprecated = scheme.Value.Extensions is not null && scheme.Value.Extensions.ContainsKey("x-deprecated");
            yield return new SecuritySchemeModel(scheme.Key, kind, deprecated, scheme.Value.Description);
        }
    }

    private static readonly Dictionary<int, string> ErrorNames = new Dictionary<int, string>
    {
        [400] = "BadRequest",
        [401] = "Unauthorized",
        [402] = "PaymentRequired",
        [403] = "Forbidden",
        [404] = "NotFound",
        [405] = "MethodNotAllowed",
        [406] = "NotAcceptable",
        [408] = "RequestTimeout",
        [409] = "Conflict",
        [410] = "Gone",
        [412] = "PreconditionFailed",
        [413] = "PayloadTooLarge",
        [415] = "UnsupportedMediaType",
        [422] = "UnprocessableEntity",
        [429] = "TooManyRequests",
        [500] = "InternalServerError",
        [501] = "NotImplemented",
        [502] = "BadGateway",
        [503] = "ServiceUnavailable",
        [504] = "GatewayTimeout",
    };

    private static string ErrorName(int code) =>
        ErrorNames.TryGetValue(code, out string? name) ? name : "Status" + code.ToString(CultureInfo.InvariantCulture);

    private static string ErrorSummary(int code)
    {
        string name = ErrorName(code);
        StringBuilder words = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return "HTTP " + code.ToString(CultureInfo.InvariantCulture) + (name.StartsWith("Status", StringComparison.Ordinal) ? string.Empty : " (" + words + ")");
    }
}
