using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kumo.OpenApi.Corpus.Tests.Infrastructure;

/// <summary>
/// Asks Microsoft.OpenApi directly whether a document is valid: the generator must produce a client for every document
/// the reader accepts; for one it rejects, KUMO001/KUMO002 errors at a line are an acceptable outcome.
/// </summary>
internal static class OpenApiReaderCheck
{
    public static IReadOnlyList<string> Errors(string text, bool isJson)
    {
        try
        {
            OpenApiReaderSettings settings = new() { LoadExternalRefs = false };
            settings.TryAddReader(OpenApiConstants.Yaml, new OpenApiYamlReader());
            settings.TryAddReader(OpenApiConstants.Yml, new OpenApiYamlReader());
            ReadResult result = OpenApiDocument.Parse(text, isJson ? OpenApiConstants.Json : OpenApiConstants.Yaml, settings);
            List<string> errors = result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}").ToList() ?? new List<string>();
            if (result.Document is null)
            {
                errors.Add("the reader returned no document");
            }

            return errors;
        }
        catch (Exception ex)
        {
            return new[] { "the reader threw " + ex.GetType().Name + ": " + ex.Message };
        }
    }
}
