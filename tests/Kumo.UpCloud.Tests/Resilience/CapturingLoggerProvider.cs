using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kumo.UpCloud.Tests.Resilience;

// Keeps every log entry at every level from every category (the client's, Polly's, the factory's):
// the formatted message, each structured value and the exception text.
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<KeyValuePair<string, string?>>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    values.Add(new(pair.Key, Convert.ToString(pair.Value, CultureInfo.InvariantCulture)));
                }
            }

            owner.Entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

internal sealed record CapturedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, string?>> Values,
    string? Exception)
{
    public string AllText => string.Join('\n', new[] { Category, Message, Exception ?? "" }.Concat(Values.Select(value => value.Key + "=" + value.Value)));

    public string? Value(string key) => Values.FirstOrDefault(value => value.Key == key).Value;
}
