using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>Emits <c>services.Add{Client}(…)</c>: registration through IHttpClientFactory with auth, resilience and logging from the runtime.</summary>
internal static class DependencyInjectionEmitter
{
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    private const string Registration = "global::Kumo.OpenApi.Runtime.DependencyInjection.ApiClientServiceCollectionExtensions";
    private const string Options = "global::Kumo.OpenApi.Runtime.DependencyInjection.ApiClientOptions";
    private const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";

    public static string Emit(ClientModel client)
    {
        SourceWriter writer = new SourceWriter();
        EmitterCommon.WriteHeader(writer, client.Namespace);
        string qualified = "global::" + client.Namespace + "." + client.ClientName;
        string iface = "global::" + client.Namespace + ".I" + client.ClientName;
        string name = Identifiers.Literal(client.ClientName);

        // Without an absolute server in the description the caller must say where the API is.
        bool needsAddress = !System.Uri.IsWellFormedUriString(client.DefaultBaseAddress, System.UriKind.Absolute);
        string addressParameter = needsAddress ? ", global::System.Uri baseAddress" : string.Empty;
        string address = needsAddress ? "(baseAddress ?? throw new global::System.ArgumentNullException(nameof(baseAddress))).AbsoluteUri" : qualified + ".DefaultBaseAddress";
        string addressDoc = needsAddress ? "/// <param name=\"baseAddress\">The API's address; the description names no absolute server.</param>" : string.Empty;

        writer.WriteLine("/// <summary>Registers <see cref=\"" + qualified + "\"/> with dependency injection.</summary>");
        writer.WriteLine(EmitterCommon.GeneratedCodeAttribute);
        writer.WriteLine("public static partial class " + client.ClientName + "ServiceCollectionExtensions");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Registers <see cref=\"" + iface + "\"/> as a typed client of IHttpClientFactory, with authentication, the standard resilience handler, a User-Agent and logging.</summary>");
        writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
        if (needsAddress)
        {
            writer.WriteLine(addressDoc);
        }

        writer.WriteLine("/// <param name=\"configure\">Sets credentials, timeouts and other options.</param>");
        writer.WriteLine("/// <returns>The builder, to add handlers or change the pipeline.</returns>");
        writer.WriteLine("public static " + Builder + " Add" + client.ClientName + "(this " + Services + " services" + addressParameter + ", global::System.Action<" + Options + ">? configure = null) =>");
        // An API that declares no security needs no credentials: registration must not demand them.
        string configureArgument = client.RequiresAuthentication ? "configure" : "options => { options.AllowAnonymous = true; configure?.Invoke(options); }";
        writer.WriteLine("    " + Registration + ".AddApiClient<" + iface + ", " + qualified + ">(services, " + name + ", " + address + ", static http => new " + qualified + "(http), " + configureArgument + ");");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Registers <see cref=\"" + iface + "\"/> with options read from a configuration section (BaseAddress, Token, TokenEnvironmentVariable, Timeout, …).</summary>");
        writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
        if (needsAddress)
        {
            writer.WriteLine(addressDoc);
        }

        writer.WriteLine("/// <param name=\"configuration\">The section, e.g. <c>builder.Configuration.GetSection(" + Identifiers.XmlEscape(name) + ")</c>.</param>");
        writer.WriteLine("/// <returns>The builder, to add handlers or change the pipeline.</returns>");
        writer.WriteLine("public static " + Builder + " Add" + client.ClientName + "(this " + Services + " services" + addressParameter + ", " + Configuration + " configuration) =>");
        writer.WriteLine("    " + Registration + ".AddApiClient<" + iface + ", " + qualified + ">(services, " + name + ", " + address + ", static http => new " + qualified + "(http), configuration);");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
