using System.Net;
using System.Reflection;
using Kumo.OpenApi.Generator.Tests.Infrastructure;
using Kumo.OpenApi.Runtime.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Kumo.OpenApi.Generator.Tests;

/// <summary>
/// Parameters that are more than one value, end to end through the generated client (compiled and loaded): a
/// multipart body with files sends the parts its parameters hold, each with its name, file name, media type and text;
/// object query parameters are sent by their members in their style.
/// </summary>
public sealed class StructuredParameterTests
{
    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", file));

    [Fact]
    public async Task GeneratedClientSendsFilesTextRepeatedAndJsonParts()
    {
        Assembly assembly = CompileAndLoad("Multipart");
        Type clientType = assembly.GetType("Multipart.OperationsClient")!;
        Type shapeType = assembly.GetType("Multipart.UploadAvatarShape")!;
        Type cropType = assembly.GetType("Multipart.UploadAvatarCrop")!;
        object crop = Activator.CreateInstance(cropType)!;
        cropType.GetProperty("X")!.SetValue(crop, 3);

        CapturingHandler handler = new CapturingHandler();
        using HttpClient http = new HttpClient(handler) { BaseAddress = new Uri("https://api.example.com/v1/") };
        object client = Activator.CreateInstance(clientType, http)!;
        MethodInfo upload = clientType.GetMethod("UploadAvatarAsync")!;
        object? square = shapeType.GetProperty("Square", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
        ApiFile image = ApiFile.FromBytes("PNG-BYTES"u8.ToArray(), "me.png", "image/png");
        object?[] arguments =
        {
            image,
            42,
            "Hello, wörld",
            square,
            new[] { ApiFile.FromBytes(new byte[] { 1, 2 }, "a.bin"), ApiFile.FromBytes(new byte[] { 3 }, "b.bin") },
            new[] { "x", "y" },
            crop,
            CancellationToken.None,
        };

        await (Task)upload.Invoke(client, arguments)!;

        string body = handler.Body!;
        Assert.False(image.Content.CanRead, "the file's stream is disposed with the request");
        Assert.Equal("me.png (image/png)", image.ToString());
        Assert.StartsWith("multipart/form-data; boundary=", handler.ContentType);
        Assert.Contains("Content-Type: image/png\r\nContent-Disposition: form-data; name=file; filename=me.png; filename*=utf-8''me.png\r\n\r\nPNG-BYTES", body);
        Assert.Contains("name=size\r\n\r\n42\r\n", body);
        Assert.Contains("name=caption\r\n\r\nHello, wörld\r\n", body);
        Assert.Contains("name=shape\r\n\r\nsquare\r\n", body);
        Assert.Contains("filename=a.bin", body);
        Assert.Contains("filename=b.bin", body);
        Assert.Equal(2, CountOf(body, "name=extras;"));
        Assert.Contains("name=tags\r\n\r\nx\r\n", body);
        Assert.Contains("name=tags\r\n\r\ny\r\n", body);
        Assert.Contains("Content-Type: application/json; charset=utf-8\r\nContent-Disposition: form-data; name=crop\r\n\r\n{\"x\":3}\r\n", body);
    }

    [Fact]
    public async Task MultipartBuilderLeavesNullsOutAndKeepsPartOrder()
    {
        MultipartBuilder parts = new MultipartBuilder();
        parts.Add("first", "1");
        parts.Add("skipped", null);
        parts.AddFile("none", null);
        parts.Add("when", ApiFormat.Text(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        using HttpContent content = parts.Build();

        string body = await content.ReadAsStringAsync();

        Assert.DoesNotContain("skipped", body);
        Assert.DoesNotContain("name=none", body);
        Assert.True(body.IndexOf("name=first", StringComparison.Ordinal) < body.IndexOf("name=when", StringComparison.Ordinal));
        Assert.Contains("2026-11-28T12:00:00.0000000+00:00", body);
    }

    [Fact]
    public async Task GeneratedClientSendsObjectQueryParametersByTheirStyle()
    {
        Assembly assembly = CompileAndLoad("ObjectQuery");
        Type clientType = assembly.GetType("ObjectQuery.OperationsClient")!;
        object filter = Create(assembly, "ObjectQuery.ListReportsFilter", ("Status", "open"), ("Year", 2026));
        object range = Create(assembly, "ObjectQuery.ListReportsRange", ("From", new DateOnly(2026, 1, 1)), ("To", new DateOnly(2026, 12, 31)));
        object point = Create(assembly, "ObjectQuery.ListReportsPoint", ("X", 3), ("Y", 4));
        CapturingHandler handler = new CapturingHandler();
        using HttpClient http = new HttpClient(handler) { BaseAddress = new Uri("https://api.example.com/v1/") };

        await (Task)clientType.GetMethod("ListReportsAsync")!.Invoke(Activator.CreateInstance(clientType, http), new[] { filter, range, point, CancellationToken.None })!;

        Assert.Equal("?status=open&year=2026&range%5Bfrom%5D=2026-01-01&range%5Bto%5D=2026-12-31&point=x%2C3%2Cy%2C4", handler.Query);
    }

    [Fact]
    public async Task ScalarUnionParametersAreSentAsTheirBranchText()
    {
        Assembly assembly = CompileAndLoad("Unions");
        Type clientType = assembly.GetType("Unions.OperationsClient")!;
        MethodInfo getWorkflow = clientType.GetMethod("GetWorkflowAsync")!;
        Assert.Equal(new[] { "String", "GetWorkflowAt", "CancellationToken" }, getWorkflow.GetParameters().Select(p => p.ParameterType.Name));
        CapturingHandler handler = new CapturingHandler();
        using HttpClient http = new HttpClient(handler) { BaseAddress = new Uri("https://api.example.com/v1/") };
        object client = Activator.CreateInstance(clientType, http)!;

        await (Task)getWorkflow.Invoke(client, new object[] { "42", Create(assembly, "Unions.GetWorkflowAt", ("Double", 1.5)), CancellationToken.None })!;
        Assert.Equal("https://api.example.com/v1/workflows/42?at=1.5", handler.Uri);

        await (Task)getWorkflow.Invoke(client, new object?[] { "ci build.yml", null, CancellationToken.None })!;
        Assert.Equal("https://api.example.com/v1/workflows/ci%20build.yml", handler.Uri);
    }

    [Fact]
    public void AReferencedOneOfOfPlainTypesIsAStringParameterWithoutWarning()
    {
        // GitHub's workflow_id: Microsoft.OpenApi reads this oneOf as the type array [integer, string].
        string spec = """
            { "openapi": "3.0.3", "info": { "title": "x", "version": "1" },
              "paths": { "/w/{workflow_id}": { "get": { "operationId": "getW", "parameters": [ { "$ref": "#/components/parameters/workflow-id" } ], "responses": { "204": { "description": "ok" } } } } },
              "components": { "parameters": { "workflow-id": { "name": "workflow_id", "in": "path", "required": true, "schema": { "oneOf": [ { "type": "integer" }, { "type": "string" } ] } } } } }
            """;

        var (result, output, compile) = GeneratorHarness.Run("/repo/w.json", spec, ns: "W");

        Assert.Empty(compile);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("string", output.GetTypeByMetadataName("W.WClient")!.GetMembers("GetWAsync").OfType<Microsoft.CodeAnalysis.IMethodSymbol>().Single().Parameters[0].Type.ToDisplayString());
    }

    private static Assembly CompileAndLoad(string ns)
    {
        var (_, output, compile) = GeneratorHarness.Run("/repo/specs/operations.yaml", Read("operations.yaml"), ns: ns);
        Assert.Empty(compile);
        using MemoryStream image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    private static object Create(Assembly assembly, string typeName, params (string Property, object Value)[] values)
    {
        Type type = assembly.GetType(typeName)!;
        object instance = Activator.CreateInstance(type)!;
        foreach ((string property, object value) in values)
        {
            type.GetProperty(property)!.SetValue(instance, value);
        }

        return instance;
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public string? Body { get; private set; }

        public string? ContentType { get; private set; }

        public string? Query { get; private set; }

        public string? Uri { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Query = request.RequestUri!.Query;
            Uri = request.RequestUri.AbsoluteUri;
            ContentType = request.Content?.Headers.ContentType?.ToString();
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
        }
    }
}
