using System.Diagnostics;
using System.Globalization;

namespace Marketplace.Benchmarks;

/// <summary>Timing one call and summarising a series of them the same way in every latency scenario.</summary>
internal static class Latencies
{
    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>For the JSON file: count, p50, p95, max in milliseconds.</summary>
    public static object Json(Stats stats) => new
    {
        count = stats.Count,
        p50 = Math.Round(stats.Median, 3),
        p95 = Math.Round(stats.Percentile(95), 3),
        max = Math.Round(stats.Max, 3),
    };

    public static readonly string[] Header = ["measurement", "count", "p50 ms", "p95 ms", "max ms", "target", "met"];

    /// <summary>A table row under <see cref="Header"/>; <paramref name="targetP95Ms"/> null for a baseline, which has none.</summary>
    public static string[] Row(string name, Stats stats, double? targetP95Ms) =>
    [
        name,
        stats.Count.ToString(CultureInfo.InvariantCulture),
        ReportWriter.Number(stats.Median, 2),
        ReportWriter.Number(stats.Percentile(95), 2),
        ReportWriter.Number(stats.Max, 2),
        targetP95Ms is { } target ? $"p95 ≤ {target:0.#}" : string.Empty,
        targetP95Ms is { } limit ? (stats.Percentile(95) <= limit ? "met" : "NOT MET") : string.Empty,
    ];

    /// <summary>A ratio row under <see cref="Header"/>, the value in the p95 column.</summary>
    public static string[] Ratio(string name, double ratio) =>
        [name, string.Empty, string.Empty, ReportWriter.Number(ratio, 2), string.Empty, string.Empty, string.Empty];
}
