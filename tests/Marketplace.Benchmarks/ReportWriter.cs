using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Marketplace.Benchmarks;

/// <summary>Writes a report as JSON (with the machine and settings it was measured under) and as a table.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> WriteAsync(Report report, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var path = options.Out ?? Path.Combine(
            BenchmarkOptions.RepositoryRoot, "artifacts", "benchmarks", $"{report.Scenario}-{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new
        {
            scenario = report.Scenario,
            measuredAt = now,
            machine = new
            {
                os = RuntimeInformation.OSDescription,
                architecture = RuntimeInformation.OSArchitecture.ToString(),
                processors = Environment.ProcessorCount,
                runtime = RuntimeInformation.FrameworkDescription,
            },
            settings = new { options.App, options.Environment, options.Runs, options.Seconds, options.Concurrency },
            results = report.Results,
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, Json, cancellationToken);
        return path;
    }

    public static void PrintTable(Report report)
    {
        var widths = Enumerable.Range(0, report.Table[0].Length).Select(c => report.Table.Max(row => row[c].Length)).ToArray();
        foreach (var (row, index) in report.Table.Select((row, index) => (row, index)))
        {
            // First column reads left to right; numbers line up on the right.
            Console.WriteLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
            if (index == 0)
            {
                Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }

    public static string Number(double value, int decimals = 1) => value.ToString($"N{decimals}", CultureInfo.InvariantCulture);
}
