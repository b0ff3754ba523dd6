using System.Collections.Concurrent;

namespace Kumo.UpCloud.Emulator;

// The fault script of one emulator: per method and path, a queue of faults used one per request, in order.
// When a queue is empty the emulator answers normally, so "503, 503, then 200" is two queued faults.
public sealed class EmulatorFaults
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Method, string Path), Queue<EmulatorFault>> queues = [];

    // method: "GET", "POST"… or "*" for any; path: the request path as sent, e.g. "/1.3/account" (no query).
    public void Enqueue(string method, string path, params EmulatorFault[] faults)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(faults);
        lock (gate)
        {
            var key = (method.ToUpperInvariant(), path);
            if (!queues.TryGetValue(key, out var queue))
            {
                queues[key] = queue = new Queue<EmulatorFault>();
            }

            foreach (var fault in faults)
            {
                queue.Enqueue(fault ?? throw new ArgumentException("A fault must not be null.", nameof(faults)));
            }
        }
    }

    public int Pending
    {
        get
        {
            lock (gate)
            {
                return queues.Values.Sum(queue => queue.Count);
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            queues.Clear();
        }
    }

    internal EmulatorFault? Take(string method, string path)
    {
        lock (gate)
        {
            if (queues.Count == 0)
            {
                return null;
            }

            foreach (var key in new[] { (method.ToUpperInvariant(), path), ("*", path) })
            {
                if (queues.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault))
                {
                    return fault;
                }
            }

            return null;
        }
    }
}

// What the emulator saw of one request: never the credential itself, only its scheme.
public sealed record ObservedRequest(string Method, string Path, string Query, string? AuthorizationScheme, string? UserAgent, string ConnectionId);

// Every request the emulator received, for assertions on retries, headers and connection reuse.
public sealed class RequestLog
{
    private readonly ConcurrentQueue<ObservedRequest> requests = new();

    public IReadOnlyList<ObservedRequest> Snapshot() => requests.ToArray();

    public int Count => requests.Count;

    public int CountOf(string method, string path) =>
        requests.Count(request => string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase) && request.Path == path);

    // Distinct TCP connections that carried requests: a pooled client reuses a few, a leaking one opens many.
    public int ConnectionCount => requests.Select(request => request.ConnectionId).Distinct(StringComparer.Ordinal).Count();

    public void Clear() => requests.Clear();

    internal void Add(ObservedRequest request) => requests.Enqueue(request);
}
