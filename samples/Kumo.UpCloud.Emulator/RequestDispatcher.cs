using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kumo.UpCloud.Emulator;

// The single terminal middleware: read the body, then authenticate and handle under the state lock,
// then write the response outside the lock.
// Scripted faults (EmulatorFaults) are applied here, around the normal handling.
internal sealed class RequestDispatcher(EmulatorState state, Router router, EmulatorFaults faults, RequestLog log)
{
    // Relaxed escaping keeps "+358.…" and non-ASCII names readable instead of \u002B escapes.
    private static readonly JsonWriterOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "";
        log.Add(Observe(context, method, path));

        var fault = faults.Take(method, path);
        if (fault is not null && !await FaultWriter.DelayAsync(fault, context.RequestAborted))
        {
            return;
        }

        if (fault is { ReplacesResponse: true })
        {
            await FaultWriter.WriteReplacementAsync(context, fault);
            return;
        }

        EmulatorResponse response;
        lock (state.Gate)
        {
            response = Dispatch(context, body);
        }

        if (fault is null)
        {
            await WriteAsync(context.Response, response, context.RequestAborted);
            return;
        }

        await FaultWriter.WriteMangledAsync(context, response.Status, response.Headers, response.ContentType, Serialize(response), fault);
    }

    private static ObservedRequest Observe(HttpContext context, string method, string path)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        var scheme = authorization.Length == 0 ? null : space < 0 ? authorization : authorization[..space];
        var userAgent = context.Request.Headers.UserAgent.Count == 0 ? null : context.Request.Headers.UserAgent.ToString();
        return new ObservedRequest(method, path, context.Request.QueryString.Value ?? "", scheme, userAgent, context.Connection.Id);
    }

    private EmulatorResponse Dispatch(HttpContext context, byte[] body)
    {
        var header = context.Request.Headers.Authorization;
        // Several Authorization headers are ambiguous: treat them as a failed login, not a missing one.
        var authorization = header.Count > 1 ? "Ambiguous" : header.ToString();
        var caller = Authentication.Authenticate(state, authorization, context.Connection.RemoteIpAddress, out var failure);
        if (caller is null)
        {
            return failure ?? Errors.AuthenticationFailed();
        }

        try
        {
            return router.Dispatch(
                state,
                context.Request.Method,
                context.Request.Path.Value ?? "",
                values => new EmulatorRequest(caller, values, context.Request.Query, body));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // An emulator bug should still look like an API failure to the client under test.
            return Errors.Legacy(500, "GENERAL_FAILURE", "Your request could not be fulfilled due to a technical issue.");
        }
    }

    private static async Task WriteAsync(HttpResponse response, EmulatorResponse result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.Status;
        if (result.Headers is not null)
        {
            foreach (var (name, value) in result.Headers)
            {
                response.Headers[name] = value;
            }
        }

        if (result.Body is null)
        {
            return;
        }

        var bytes = Serialize(result);
        response.ContentType = result.ContentType ?? EmulatorResponse.LegacyJson;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken);
    }

    private static byte[] Serialize(EmulatorResponse result)
    {
        if (result.Body is null)
        {
            return [];
        }

        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, WriteOptions))
        {
            result.Body.WriteTo(writer);
        }

        return json.ToArray();
    }
}
