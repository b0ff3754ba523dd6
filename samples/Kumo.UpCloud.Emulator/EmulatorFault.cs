using System.Globalization;

namespace Kumo.UpCloud.Emulator;

// One scripted misbehaviour for one request, queued with EmulatorFaults.Enqueue. Faults that replace the
// response skip authentication and routing entirely; the others mangle or delay the real response.
public sealed class EmulatorFault
{
    private readonly Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);

    private EmulatorFault(FaultKind kind, int status = 0)
    {
        Kind = kind;
        Status = status;
    }

    internal enum FaultKind
    {
        Status,
        Raw,
        Pass,
        ResetMidBody,
        TruncatedBody,
        StallBody,
        LargeBody,
    }

    internal FaultKind Kind { get; }

    internal int Status { get; }

    internal string? ContentType { get; private init; }

    internal byte[]? Body { get; private init; }

    internal TimeSpan Delay { get; private set; }

    internal TimeSpan Stall { get; private init; }

    internal int Size { get; private init; }

    internal IReadOnlyDictionary<string, string> Headers => headers;

    // An error status with the API's legacy error body (e.g. 503 SERVICE_UNAVAILABLE), optionally with Retry-After.
    public static EmulatorFault StatusCode(int status, string? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        var fault = new EmulatorFault(FaultKind.Status, status);
        return retryAfter is null ? fault : fault.WithHeader("Retry-After", retryAfter);
    }

    // Any status, content type and body, sent as given.
    public static EmulatorFault Raw(int status, string? contentType, byte[] body) =>
        new(FaultKind.Raw, status) { ContentType = contentType, Body = body };

    public static EmulatorFault Raw(int status, string? contentType, string body) =>
        Raw(status, contentType, System.Text.Encoding.UTF8.GetBytes(body));

    // The real response, after a delay before anything is sent (a slow server).
    public static EmulatorFault Delayed(TimeSpan delay) => new EmulatorFault(FaultKind.Pass).WithDelay(delay);

    // The real status and headers with the full Content-Length, half the body, then the connection is aborted.
    public static EmulatorFault ResetMidBody() => new(FaultKind.ResetMidBody);

    // The real status with only the first half of the body, and a Content-Length that matches the half.
    public static EmulatorFault TruncatedBody() => new(FaultKind.TruncatedBody);

    // The real response, but the body stops halfway for the given time before the rest is sent.
    public static EmulatorFault StallMidBody(TimeSpan stall) => new(FaultKind.StallBody) { Stall = stall };

    // The real JSON object with an extra "kumo_padding" member that makes the body about this many bytes.
    public static EmulatorFault LargeBody(int bytes = 5 * 1024 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1024);
        return new(FaultKind.LargeBody) { Size = bytes };
    }

    public static EmulatorFault MalformedJson(int status = 200) =>
        Raw(status, EmulatorResponse.LegacyJson, """{"account": {"username": "kumo_main", "credits": 10,, "resource_limits": {""");

    // What a load balancer in front of an API answers when the service behind it is down.
    public static EmulatorFault HtmlErrorPage(int status = 502) =>
        Raw(status, "text/html; charset=utf-8", "<!DOCTYPE html>\n<html><head><title>" + status.ToString(CultureInfo.InvariantCulture)
            + " Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The proxy server received an invalid response from an upstream server.</p></body></html>\n");

    public static EmulatorFault EmptyBody(int status = 200) => Raw(status, EmulatorResponse.LegacyJson, []);

    public EmulatorFault WithHeader(string name, string value)
    {
        headers[name] = value;
        return this;
    }

    public EmulatorFault WithDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Delay = delay;
        return this;
    }

    internal bool ReplacesResponse => Kind is FaultKind.Status or FaultKind.Raw;
}
