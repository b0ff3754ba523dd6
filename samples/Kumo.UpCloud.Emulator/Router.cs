using Microsoft.AspNetCore.Http;

namespace Kumo.UpCloud.Emulator;

internal sealed record EmulatorRequest(Caller Caller, IReadOnlyList<string> RouteValues, IQueryCollection Query, byte[] Body);

internal delegate EmulatorResponse Handler(EmulatorState state, EmulatorRequest request);

// A tiny router instead of ASP.NET routing: it lets unknown paths and wrong methods answer with the
// API's legacy 404/405 bodies, and keeps the empty host free of routing services.
internal sealed class Router
{
    private const string VersionPrefix = "/1.3/";
    private readonly List<(string Method, string[] Segments, Handler Handler)> routes = [];

    public Router Map(string method, string template, Handler handler)
    {
        routes.Add((method, template.Split('/'), handler));
        return this;
    }

    // "{…}" segments capture a value; a path that matches only with other methods gets 405.
    public EmulatorResponse Dispatch(EmulatorState state, string method, string path, Func<IReadOnlyList<string>, EmulatorRequest> request)
    {
        if (!path.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var segments = path[VersionPrefix.Length..].Split('/');
        var allowed = new List<string>();
        foreach (var route in routes)
        {
            if (!TryMatch(route.Segments, segments, out var values))
            {
                continue;
            }

            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return route.Handler(state, request(values));
            }

            allowed.Add(route.Method);
        }

        if (allowed.Count == 0)
        {
            return NotFound();
        }

        return Errors.Legacy(405, "METHOD_NOT_ALLOWED", $"The method {method} is not allowed for this resource.") with
        {
            Headers = new Dictionary<string, string> { ["Allow"] = string.Join(", ", allowed) },
        };
    }

    private static EmulatorResponse NotFound() =>
        Errors.Legacy(404, "NOT_FOUND", "The requested resource was not found.");

    private static bool TryMatch(string[] template, string[] segments, out List<string> values)
    {
        values = [];
        if (template.Length != segments.Length)
        {
            return false;
        }

        for (var i = 0; i < template.Length; i++)
        {
            if (template[i].StartsWith('{'))
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                values.Add(segments[i]);
            }
            else if (!string.Equals(template[i], segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
