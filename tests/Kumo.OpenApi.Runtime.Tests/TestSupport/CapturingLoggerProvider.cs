using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kumo.OpenApi.Runtime.Tests.TestSupport;

/// <summary>Keeps every log entry at every level: the formatted message, each structured value, and the exception text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    /// <summary>Everything a log sink could have written, as one text per entry.</summary>
    public IEnumerable<string> AllText() => Entries.Select(entry => entry.AllText);

    public void AssertNeverContains(string secret)
    {
        foreach (CapturedLog entry in Entries)
        {
            Assert.False(entry.AllText.Contains(secret, StringComparison.Ordinal), $"A log entry of {entry.Category} contains a secret.");
        }
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
                foreach (KeyValuePair<string, object?> pair in pairs)
                {
                    values.Add(new(pair.Key, Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture)));
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
    public string AllText => string.Join('\n', new[] { Category, Message, Exception ?? string.Empty }.Concat(Values.Select(value => value.Key + "=" + value.Value)));

    public string? Value(string key) => Values.FirstOrDefault(value => value.Key == key).Value;
}
