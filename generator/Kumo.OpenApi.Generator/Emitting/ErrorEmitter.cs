using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>Emits the client's base exception and one typed exception per documented error status.</summary>
internal static class ErrorEmitter
{
    public static string Emit(ClientModel client)
    {
        SourceWriter writer = new SourceWriter();
        EmitterCommon.WriteHeader(writer, client.Namespace);
        string baseName = client.ErrorPrefix + "ApiException";
        writer.WriteLine("/// <summary>An error response from " + Identifiers.XmlEscape(client.Title) + ": the HTTP status, the API's error code, message, correlation id, invalid parameters and the raw body.</summary>");
        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public class " + baseName + " : global::Kumo.OpenApi.Runtime.ApiException");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Creates the exception for an error response.</summary>");
        writer.WriteLine("/// <param name=\"error\">The parsed error response.</param>");
        writer.WriteLine("public " + baseName + "(global::Kumo.OpenApi.Runtime.ApiError error)");
        writer.WriteLine("    : base(error)");
        writer.OpenBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        foreach (ErrorTypeModel error in client.ErrorTypes)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>The API answered " + Identifiers.XmlEscape(error.Summary) + ".</summary>");
            writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
            writer.WriteLine("public sealed class " + error.Name + " : " + baseName);
            writer.OpenBlock();
            writer.WriteLine("/// <summary>Creates the exception for an error response.</summary>");
            writer.WriteLine("/// <param name=\"error\">The parsed error response.</param>");
            writer.WriteLine("public " + error.Name + "(global::Kumo.OpenApi.Runtime.ApiError error)");
            writer.WriteLine("    : base(error)");
            writer.OpenBlock();
            writer.CloseBlock();
            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
