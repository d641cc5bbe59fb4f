namespace Marketplace.Benchmarks;

/// <summary>
/// Cold start to the first 200 from /health, each time over an empty data folder (so migrating and seeding are
/// included), beside warm starts over an already-seeded folder as the in-run baseline.
/// </summary>
internal sealed class StartupScenario : IScenario
{
    public string Name => "startup";

    public async Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var seeded = new TempFolder();

        // Untimed: seeds the warm folder and brings the site's files into the OS cache, so the first cold run is not an outlier.
        await StartAndStopAsync(options, seeded.Path, cancellationToken);

        var cold = new List<double>();
        var warm = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            // Alternating spreads any drift of the machine over both series alike.
            using (var empty = new TempFolder())
            {
                cold.Add(await StartAndStopAsync(options, empty.Path, cancellationToken));
            }

            warm.Add(await StartAndStopAsync(options, seeded.Path, cancellationToken));
            Console.WriteLine($"run {run}/{options.Runs}: cold {ReportWriter.Number(cold[^1], 0)} ms, warm {ReportWriter.Number(warm[^1], 0)} ms");
        }

        var coldStats = new Stats(cold);
        var warmStats = new Stats(warm);
        var ratio = coldStats.Median / warmStats.Median;
        return new Report(
            Name,
            new
            {
                unit = "ms from process start to the first 200 from /health",
                cold = Summary(coldStats, cold),
                warm = Summary(warmStats, warm),
                coldOverWarmMedian = Math.Round(ratio, 3),
            },
            [
                ["start", "runs", "min ms", "median ms", "max ms"],
                Row("cold (empty data folder)", coldStats),
                Row("warm (seeded data folder)", warmStats),
                ["cold / warm (median)", string.Empty, string.Empty, ReportWriter.Number(ratio, 2), string.Empty],
            ]);
    }

    private static async Task<double> StartAndStopAsync(BenchmarkOptions options, string dataPath, CancellationToken cancellationToken)
    {
        var (site, elapsed) = await SiteProcess.StartAsync(options, dataPath, cancellationToken);
        await site.DisposeAsync();
        return elapsed.TotalMilliseconds;
    }

    private static object Summary(Stats stats, List<double> runs) => new
    {
        min = Math.Round(stats.Min, 1),
        median = Math.Round(stats.Median, 1),
        max = Math.Round(stats.Max, 1),
        runs = runs.Select(r => Math.Round(r, 1)),
    };

    private static string[] Row(string name, Stats stats) =>
        [name, stats.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportWriter.Number(stats.Min, 0), ReportWriter.Number(stats.Median, 0), ReportWriter.Number(stats.Max, 0)];
}
