using System.Globalization;
using System.Text.Json;
using Marketplace.Benchmarks.Catalogue;
using Marketplace.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Benchmarks;

/// <summary>
/// Two things about keeping the index up to date over the generated catalogue. The full rebuild: the site's own
/// command <c>reindex --index products</c> run over the data folder (the rate it prints: documents over the seconds of
/// the rebuild), beside the in-run baseline of SQLite FTS5 tables built from the same database. And how soon a saved
/// change is searchable: with the site running, a product's Vietnamese name gets a fresh word through
/// <c>MarketplaceDbContext.SaveChangesAsync</c> (which writes the outbox row in the same transaction), and
/// <c>/api/v1/products?q=word</c> is asked until that product is in the answer.
/// </summary>
internal sealed class ReindexScenario : IScenario
{
    private const int DefaultRebuilds = 3;
    private const double TargetProductsPerSecond = 2_000;
    private const double TargetVisibleMs = 1_000;
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);

    public string Name => "reindex";

    private static readonly string[] Header = ["measurement", "count", "min", "p50", "p95", "max", "target", "met"];

    public async Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var rebuilds = options.RunsGiven ? options.Runs : DefaultRebuilds;
        using var catalogue = await GeneratedCatalogue.PrepareAsync(options, cancellationToken);

        var ours = new List<(int Documents, double Seconds, double ProcessSeconds)>();
        var fts = new List<(int Products, double Seconds)>();
        for (var run = 0; run < rebuilds; run++)
        {
            // Alternating spreads any drift of the machine (and of the OS's file cache) over both.
            if (run % 2 == 0)
            {
                ours.Add(await RebuildAsync(options, catalogue, cancellationToken));
                fts.Add(await BaselineAsync(catalogue, cancellationToken));
            }
            else
            {
                fts.Add(await BaselineAsync(catalogue, cancellationToken));
                ours.Add(await RebuildAsync(options, catalogue, cancellationToken));
            }

            Console.WriteLine($"rebuild {run + 1}/{rebuilds}: {ours[^1].Documents:N0} documents in {ours[^1].Seconds:0.0} s ({ours[^1].Documents / ours[^1].Seconds:N0}/s); FTS5 {fts[^1].Products:N0} in {fts[^1].Seconds:0.0} s ({fts[^1].Products / fts[^1].Seconds:N0}/s)");
        }

        var changes = await FreshnessAsync(options, catalogue, cancellationToken);

        var rates = new Stats(ours.Select(o => o.Documents / o.Seconds));
        var ftsRates = new Stats(fts.Select(f => f.Products / f.Seconds));
        var ratio = rates.Median / ftsRates.Median;
        var visible = new Stats(changes.Visible.Count > 0 ? changes.Visible : [GiveUp.TotalMilliseconds]);
        var rateMet = rates.Min >= TargetProductsPerSecond;
        var visibleMet = changes.Missed == 0 && visible.Max <= TargetVisibleMs;
        var results = new
        {
            data = catalogue.Facts,
            rebuild = new
            {
                what = "dotnet Marketplace.Web.dll reindex --index products; the rate is the documents it prints over the seconds it prints (the rebuild alone)",
                runs = ours.Select(o => new { documents = o.Documents, seconds = o.Seconds, processSeconds = Math.Round(o.ProcessSeconds, 1), perSecond = Math.Round(o.Documents / o.Seconds) }),
                productsPerSecond = new { min = Math.Round(rates.Min), median = Math.Round(rates.Median), max = Math.Round(rates.Max) },
            },
            baseline = new
            {
                what = "SQLite FTS5 tables (the search scenario's baseline) built from the same database in this process: read, fold, insert, index",
                runs = fts.Select(f => new { products = f.Products, seconds = Math.Round(f.Seconds, 2), perSecond = Math.Round(f.Products / f.Seconds) }),
                productsPerSecond = new { min = Math.Round(ftsRates.Min), median = Math.Round(ftsRates.Median), max = Math.Round(ftsRates.Max) },
            },
            rebuildOverBaselineMedianRate = new { value = Math.Round(ratio, 3), note = "ours ÷ baseline in products per second: above 1 means the site's rebuild is faster" },
            change = new
            {
                what = "Product.NameVi += a fresh word, SaveChangesAsync in this process; then GET /api/v1/products?q=word every 10 ms until the product is in the answer; ms from the save's return to that answer",
                changes = changes.Visible.Count + changes.Missed,
                missed = changes.Missed,
                giveUpAfterSeconds = GiveUp.TotalSeconds,
                visibleMs = Latencies.Json(visible),
                saveMs = Latencies.Json(new Stats(changes.Save)),
                pollRoundTripMs = Latencies.Json(new Stats(changes.Polls)),
                workerPollsEveryMs = 250,
            },
            targets = new
            {
                productsPerSecond = TargetProductsPerSecond,
                productsPerSecondMet = rateMet,
                visibleWithinMs = TargetVisibleMs,
                visibleMet,
            },
        };
        return new Report(
            Name,
            results,
            [
                Header,
                RateRow("rebuild: products/s (reindex --index products)", rates, $"≥ {TargetProductsPerSecond:N0}/s", rateMet),
                RateRow("baseline: FTS5 build, products/s", ftsRates, string.Empty, null),
                ["rebuild ÷ FTS5, median rate (ours / baseline; > 1 = ours faster)", string.Empty, string.Empty, ReportWriter.Number(ratio, 2), string.Empty, string.Empty, string.Empty, string.Empty],
                LatencyRow($"saved change → searchable, ms ({changes.Missed} missed)", visible, $"≤ {TargetVisibleMs:N0} ms", visibleMet),
                LatencyRow("  SaveChangesAsync, ms", new Stats(changes.Save), string.Empty, null),
                LatencyRow("  one poll (GET /api/v1/products?q=word), ms", new Stats(changes.Polls), string.Empty, null),
            ]);
    }

    private static async Task<(int Documents, double Seconds, double ProcessSeconds)> RebuildAsync(BenchmarkOptions options, GeneratedCatalogue catalogue, CancellationToken cancellationToken)
    {
        var (indexes, process) = await GeneratedCatalogue.ReindexAsync(options, catalogue.DataPath, Marketplace.Search.SearchIndexes.Products, cancellationToken);
        var (documents, seconds) = indexes[Marketplace.Search.SearchIndexes.Products];
        return (documents, seconds, process.TotalSeconds);
    }

    private static async Task<(int Products, double Seconds)> BaselineAsync(GeneratedCatalogue catalogue, CancellationToken cancellationToken)
    {
        await using var db = catalogue.OpenDatabase();
        var (baseline, products, elapsed) = await Fts5Baseline.BuildAsync(db, Path.Combine(catalogue.DataPath, Fts5Baseline.FileName), GeneratedCatalogue.Today, cancellationToken);
        baseline.Dispose();
        return (products, elapsed.TotalSeconds);
    }

    private static async Task<ChangeTimes> FreshnessAsync(BenchmarkOptions options, GeneratedCatalogue catalogue, CancellationToken cancellationToken)
    {
        Console.WriteLine("change: starting the site");
        var (site, _) = await SiteProcess.StartAsync(options, catalogue.DataPath, cancellationToken);
        await using var __ = site;
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await using var db = catalogue.OpenDatabase();
        await Outbox.WaitUntilEmptyAsync(db, TimeSpan.FromMinutes(2), cancellationToken);

        var random = new Random(CatalogueGenerator.Seed + 2);
        var ids = await db.Products.AsNoTracking().Where(p => p.SeedKey == null && p.Status == ProductStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            throw new BenchmarkException("No generated products to change.");
        }

        // Warm-up: the search endpoint and this process's HTTP and EF Core paths.
        for (var i = 0; i < 5; i++)
        {
            await FindsAsync(client, "warmup", -1, cancellationToken);
        }

        var times = new ChangeTimes([], [], [], 0);
        for (var change = 0; change < options.Changes; change++)
        {
            var id = ids[random.Next(ids.Count)];
            var product = await db.Products.SingleAsync(p => p.Id == id, cancellationToken);
            var word = Word(random);
            var original = product.NameVi;
            product.NameVi = $"{original} {word}";
            var save = System.Diagnostics.Stopwatch.StartNew();
            await db.SaveChangesAsync(cancellationToken);
            times.Save.Add(save.Elapsed.TotalMilliseconds);
            var saved = System.Diagnostics.Stopwatch.StartNew();
            var found = false;
            while (saved.Elapsed < GiveUp)
            {
                var poll = System.Diagnostics.Stopwatch.StartNew();
                found = await FindsAsync(client, word, product.Id, cancellationToken);
                times.Polls.Add(poll.Elapsed.TotalMilliseconds);
                if (found)
                {
                    times.Visible.Add(saved.Elapsed.TotalMilliseconds);
                    break;
                }

                await Task.Delay(PollEvery, cancellationToken);
            }

            if (!found)
            {
                times = times with { Missed = times.Missed + 1 };
            }

            Console.WriteLine($"change {change + 1}/{options.Changes}: product {product.Id} \"{word}\" {(found ? $"found after {times.Visible[^1]:N0} ms" : $"NOT found within {GiveUp.TotalSeconds} s")}");

            // Put the name back, let the worker take that too, then wait a random part of its 250 ms cycle, so the
            // next save lands anywhere in it rather than always just after a poll.
            product.NameVi = original;
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await Outbox.WaitUntilEmptyAsync(db, TimeSpan.FromMinutes(1), cancellationToken);
            await Task.Delay(random.Next(0, 250), cancellationToken);
        }

        return times;
    }

    /// <summary>Ten consonants: no Vietnamese or English word, and far (more than one typo) from any other such word.</summary>
    private static string Word(Random random) => new([.. Enumerable.Range(0, 10).Select(_ => "bcdfghjklmnpqrstvwxz"[random.Next(20)])]);

    private static async Task<bool> FindsAsync(HttpClient client, string word, int productId, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/products?q={word}&pageSize=10", UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkException($"GET /api/v1/products?q={word} answered {(int)response.StatusCode}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return json.RootElement.GetProperty("items").EnumerateArray().Any(item => item.GetProperty("id").GetInt32() == productId);
    }

    private static string[] RateRow(string name, Stats stats, string target, bool? met) =>
    [
        name, stats.Count.ToString(CultureInfo.InvariantCulture), ReportWriter.Number(stats.Min, 0), ReportWriter.Number(stats.Median, 0), string.Empty,
        ReportWriter.Number(stats.Max, 0), target, met is null ? string.Empty : met.Value ? "met" : "NOT MET",
    ];

    private static string[] LatencyRow(string name, Stats stats, string target, bool? met) =>
    [
        name, stats.Count.ToString(CultureInfo.InvariantCulture), ReportWriter.Number(stats.Min, 1), ReportWriter.Number(stats.Median, 1),
        ReportWriter.Number(stats.Percentile(95), 1), ReportWriter.Number(stats.Max, 1), target, met is null ? string.Empty : met.Value ? "met" : "NOT MET",
    ];

    private sealed record ChangeTimes(List<double> Visible, List<double> Save, List<double> Polls, int Missed);
}
