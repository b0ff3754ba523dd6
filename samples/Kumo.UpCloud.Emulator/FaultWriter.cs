using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kumo.UpCloud.Emulator;

// Writes what a scripted fault asks for. Delays use real time (the emulator's TimeProvider is often a
// manual clock in tests), and a client that gives up during a delay simply ends the request.
internal static class FaultWriter
{
    public static async Task<bool> DelayAsync(EmulatorFault fault, CancellationToken aborted)
    {
        if (fault.Delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(fault.Delay, TimeProvider.System, aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static Task WriteReplacementAsync(HttpContext context, EmulatorFault fault)
    {
        if (fault.Kind == EmulatorFault.FaultKind.Raw)
        {
            return WriteAsync(context, fault.Status, fault.ContentType, fault.Body ?? [], fault.Headers);
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["error_code"] = CodeOf(fault.Status),
                ["error_message"] = "Scripted failure: HTTP " + fault.Status.ToString(CultureInfo.InvariantCulture) + ".",
            },
        };
        return WriteAsync(context, fault.Status, EmulatorResponse.LegacyJson, Encoding.UTF8.GetBytes(body.ToJsonString()), fault.Headers);
    }

    public static async Task WriteMangledAsync(
        HttpContext context, int status, IReadOnlyDictionary<string, string>? headers, string? contentType, byte[] body, EmulatorFault fault)
    {
        var response = context.Response;
        response.StatusCode = status;
        CopyHeaders(response, headers);
        CopyHeaders(response, fault.Headers);
        response.ContentType = contentType ?? EmulatorResponse.LegacyJson;
        var half = body.Length / 2;
        switch (fault.Kind)
        {
            case EmulatorFault.FaultKind.ResetMidBody:
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, half), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                // Give the client time to read the first half, then drop the connection without finishing.
                await Task.Delay(50, context.RequestAborted);
                context.Abort();
                return;
            case EmulatorFault.FaultKind.TruncatedBody:
                response.ContentLength = half;
                await response.Body.WriteAsync(body.AsMemory(0, half), context.RequestAborted);
                return;
            case EmulatorFault.FaultKind.StallBody:
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, half), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                if (await DelayAsync(EmulatorFault.Delayed(fault.Stall), context.RequestAborted))
                {
                    await response.Body.WriteAsync(body.AsMemory(half), context.RequestAborted);
                }

                return;
            case EmulatorFault.FaultKind.LargeBody:
                var padded = Pad(body, fault.Size);
                response.ContentLength = padded.Length;
                await response.Body.WriteAsync(padded, context.RequestAborted);
                return;
            default:
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body, context.RequestAborted);
                return;
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string? contentType, byte[] body, IReadOnlyDictionary<string, string> headers)
    {
        var response = context.Response;
        response.StatusCode = status;
        CopyHeaders(response, headers);
        if (contentType is not null)
        {
            response.ContentType = contentType;
        }

        response.ContentLength = body.Length;
        if (body.Length > 0)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static void CopyHeaders(HttpResponse response, IReadOnlyDictionary<string, string>? headers)
    {
        if (headers is null)
        {
            return;
        }

        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }
    }

    // Adds "kumo_padding": "xxxx…" as the first member of a JSON object body; other bodies are padded with spaces.
    private static byte[] Pad(byte[] body, int size)
    {
        var padding = Math.Max(0, size - body.Length - 20);
        if (body.Length > 0 && body[0] == (byte)'{')
        {
            var prefix = Encoding.UTF8.GetBytes("{\"kumo_padding\":\"");
            var separator = body.Length > 2 ? Encoding.UTF8.GetBytes("\",") : Encoding.UTF8.GetBytes("\"");
            var result = new byte[prefix.Length + padding + separator.Length + body.Length - 1];
            prefix.CopyTo(result, 0);
            result.AsSpan(prefix.Length, padding).Fill((byte)'x');
            separator.CopyTo(result, prefix.Length + padding);
            body.AsSpan(1).CopyTo(result.AsSpan(prefix.Length + padding + separator.Length));
            return result;
        }

        var spaced = new byte[body.Length + padding];
        body.CopyTo(spaced, 0);
        spaced.AsSpan(body.Length).Fill((byte)' ');
        return spaced;
    }

    private static string CodeOf(int status) => status switch
    {
        408 => "REQUEST_TIMEOUT",
        429 => "TOO_MANY_REQUESTS",
        500 => "INTERNAL_SERVER_ERROR",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        504 => "GATEWAY_TIMEOUT",
        _ => "HTTP_" + status.ToString(CultureInfo.InvariantCulture),
    };
}
