using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marketplace.E2E;

/// <summary>Keeps every error the site logs, so a page that looks fine but failed on the server still fails its test.</summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    public IReadOnlyList<string> Errors => [.. errors];

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(categoryName, errors);

    public void Dispose()
    {
        // Nothing held: the entries outlive the site on purpose.
    }

    private sealed class ErrorLogger(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
