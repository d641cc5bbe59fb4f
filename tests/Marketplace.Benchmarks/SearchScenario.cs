using System.Collections.Concurrent;
using System.Net;
using Marketplace.Benchmarks.Catalogue;
using Marketplace.Search;
using Marketplace.Search.Indexing;
using Marketplace.Search.SearchCatalogue;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// Catalogue search over the generated products: the engine query the site builds
/// (<see cref="CatalogueSearch.ProductQuery(CatalogueSearchRequest, DateOnly, CompoundWords)"/>, with its facets) run in this process
/// against the site's Lucene index, beside the same requests through SQLite FTS5 over the same texts as the in-run
/// baseline; then the same requests over HTTP to the running site (<c>/api/v1/products</c> and the search page) and
/// search-as-you-type (<c>/api/v1/suggest</c>).
/// </summary>
internal sealed class SearchScenario : IScenario
{
    private const int DefaultPasses = 10;
    private const int WarmUpPasses = 2;
    private const double EngineTargetMs = 10;
    private const double HttpTargetMs = 50;
    private const double SuggestTargetMs = 30;

    public string Name => "search";

    public async Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var passes = options.RunsGiven ? options.Runs : DefaultPasses;
        var concurrency = options.ConcurrencyGiven ? options.Concurrency : 1;
        using var catalogue = await GeneratedCatalogue.PrepareAsync(options, cancellationToken);
        var today = GeneratedCatalogue.Today;

        // In process first: the index's writer lock keeps the site's process off the folder meanwhile.
        var inProcess = await InProcessAsync(catalogue, today, passes, cancellationToken);
        var http = await OverHttpAsync(options, catalogue, passes, concurrency, cancellationToken);

        var engine = new Stats(inProcess.Queries.SelectMany(q => q.Engine));
        var ranked = new Stats(inProcess.Queries.SelectMany(q => q.Ranked));
        var full = new Stats(inProcess.Queries.SelectMany(q => q.Full));
        var suggestEngine = new Stats(inProcess.SuggestEngine);
        var suggestFts = new Stats(inProcess.SuggestFts);
        var overFull = engine.Percentile(95) / full.Percentile(95);
        var overRanked = engine.Percentile(95) / ranked.Percentile(95);
        var suggestOver = suggestEngine.Percentile(95) / suggestFts.Percentile(95);
        var api = new Stats(http.Api);
        var page = new Stats(http.Page);
        var suggest = new Stats(http.Suggest);

        var results = new
        {
            data = catalogue.Facts,
            queries = QueryMix.Searches.Count,
            suggestionPrefixes = QueryMix.Suggestions.Count,
            passes,
            warmUpPasses = WarmUpPasses,
            engine = new
            {
                what = "ISearchEngine.SearchAsync(CatalogueSearch.ProductQuery(request, today, compounds)) in this process: Lucene, top 24, total and six facets",
                index = inProcess.Index,
                garbageCollections = new { note = "in this process during the measured and warm-up passes, engine and baseline together", gen0 = inProcess.Collections[0], gen1 = inProcess.Collections[1], gen2 = inProcess.Collections[2] },
                latencyMs = Latencies.Json(engine),
            },
            baseline = new
            {
                what = "SQLite FTS5 (unicode61 remove_diacritics 2, đ folded to d), same texts and bm25 weights, every word required and known compounds as phrases; 'full' = top 24 + total + the same facets, 'ranked' = top 24 + total",
                buildSeconds = Math.Round(inProcess.FtsBuild.TotalSeconds, 1),
                rows = inProcess.FtsRows,
                full = Latencies.Json(full),
                ranked = Latencies.Json(ranked),
            },
            ratios = new
            {
                note = "ours ÷ baseline at p95: below 1 means the site's engine is faster",
                engineOverFts5Full = Math.Round(overFull, 3),
                engineOverFts5Ranked = Math.Round(overRanked, 3),
                suggestEngineOverFts5 = Math.Round(suggestOver, 3),
                httpApiOverEngine = Math.Round(api.Percentile(95) / engine.Percentile(95), 3),
            },
            suggestions = new
            {
                engine = Latencies.Json(suggestEngine),
                fts5 = Latencies.Json(suggestFts),
            },
            http = new
            {
                concurrency,
                products = new { path = "/api/v1/products?q=...", latencyMs = Latencies.Json(api) },
                searchPage = new { path = "/search?q=...", latencyMs = Latencies.Json(page) },
                suggest = new { path = "/api/v1/suggest?q=...", latencyMs = Latencies.Json(suggest) },
                errors = http.Errors,
            },
            perQuery = inProcess.Queries.Select(q => new
            {
                query = q.Label,
                engineHits = q.EngineHits,
                fts5Hits = q.FtsHits,
                engineP50 = Math.Round(new Stats(q.Engine).Median, 3),
                fts5FullP50 = Math.Round(new Stats(q.Full).Median, 3),
                engineMax = Math.Round(new Stats(q.Engine).Max, 3),
            }),
            targets = new
            {
                engineP95Ms = EngineTargetMs,
                engineMet = engine.Percentile(95) <= EngineTargetMs,
                httpP95Ms = HttpTargetMs,
                httpApiMet = api.Percentile(95) <= HttpTargetMs,
                httpPageMet = page.Percentile(95) <= HttpTargetMs,
                suggestP95Ms = SuggestTargetMs,
                suggestMet = suggest.Percentile(95) <= SuggestTargetMs,
            },
        };

        var zeroEngine = inProcess.Queries.Count(q => q.EngineHits == 0);
        var zeroFts = inProcess.Queries.Count(q => q.FtsHits == 0);
        return new Report(
            Name,
            results,
            [
                Latencies.Header,
                Latencies.Row($"engine: catalogue query, in process ({zeroEngine} of {QueryMix.Searches.Count} found nothing)", engine, EngineTargetMs),
                Latencies.Row($"baseline: FTS5 top 24 + total + facets ({zeroFts} found nothing)", full, null),
                Latencies.Row("baseline: FTS5 top 24 + total", ranked, null),
                Latencies.Ratio("engine ÷ FTS5 with facets (ours / baseline, p95)", overFull),
                Latencies.Ratio("engine ÷ FTS5 without facets (ours / baseline, p95)", overRanked),
                Latencies.Row("engine: suggestions, in process", suggestEngine, null),
                Latencies.Row("baseline: FTS5 prefix suggestions", suggestFts, null),
                Latencies.Ratio("suggestions: engine ÷ FTS5 (ours / baseline, p95)", suggestOver),
                Latencies.Row($"HTTP GET /api/v1/products?q= (concurrency {concurrency})", api, HttpTargetMs),
                Latencies.Row("HTTP GET /search?q= (HTML page)", page, HttpTargetMs),
                Latencies.Row("HTTP GET /api/v1/suggest?q=", suggest, SuggestTargetMs),
            ]);
    }

    private static async Task<InProcessResult> InProcessAsync(GeneratedCatalogue catalogue, DateOnly today, int passes, CancellationToken cancellationToken)
    {
        await using var services = InProcessSite.Create(catalogue.DataPath);
        var engine = services.GetRequiredService<ISearchEngine>();
        await using var db = catalogue.OpenDatabase();

        // As the site's CompoundWordsCache loads them once per process: multi-syllable names that must match whole.
        var compounds = await CompoundWords.LoadAsync(db, cancellationToken);
        Console.WriteLine("baseline: building the FTS5 tables from the database");
        var (fts, rows, built) = await Fts5Baseline.BuildAsync(db, Path.Combine(catalogue.DataPath, Fts5Baseline.FileName), today, cancellationToken);
        using var _ = fts;
        Console.WriteLine($"baseline: {rows:N0} products in {built.TotalSeconds:0.0} s");

        var queries = QueryMix.Searches.Select(r => new QueryTimes(QueryMix.Label(r), r)).ToList();

        // The garbage of generating data and building the baseline is collected now, not during the first measured queries.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var suggestEngine = new List<double>();
        var suggestFts = new List<double>();
        for (var pass = -WarmUpPasses; pass < passes; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var measured = pass >= 0;
            Console.WriteLine(measured ? $"in process: pass {pass + 1}/{passes}" : "in process: warming up");

            // Each pass alternates which goes first, so neither always runs on caches the other just warmed.
            var engineFirst = pass % 2 == 0;
            foreach (var query in queries)
            {
                SearchResults? found = null;
                (long Total, List<long> Ids) ftsFound = default;
                double engineMs = 0, rankedMs = 0, facetsMs = 0;
                async Task Engine() => engineMs = await Latencies.TimeAsync(async () => found = await engine.SearchAsync(CatalogueSearch.ProductQuery(query.Request, today, compounds), cancellationToken));
                void Baseline()
                {
                    rankedMs = Latencies.Time(() => ftsFound = fts.Ranked(query.Request, today, compounds));
                    facetsMs = Latencies.Time(() => fts.Facets(query.Request, today, compounds));
                }

                if (engineFirst)
                {
                    await Engine();
                    Baseline();
                }
                else
                {
                    Baseline();
                    await Engine();
                }

                query.EngineHits = found!.Total;
                query.FtsHits = ftsFound.Total;
                if (measured)
                {
                    query.Engine.Add(engineMs);
                    query.Ranked.Add(rankedMs);
                    query.Full.Add(rankedMs + facetsMs);
                }
            }

            foreach (var typed in QueryMix.Suggestions)
            {
                var engineMs = await Latencies.TimeAsync(() => SuggestAsync(engine, typed, cancellationToken));
                var ftsMs = Latencies.Time(() => fts.Suggest(typed));
                if (measured)
                {
                    suggestEngine.Add(engineMs);
                    suggestFts.Add(ftsMs);
                }
            }
        }

        var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
        Console.WriteLine($"in process: garbage collections during the passes: gen0 {collections[0]}, gen1 {collections[1]}, gen2 {collections[2]}");

        // Segments matter to speed: what the engine searched (after the passes) is part of the result.
        var index = (await engine.CheckHealthAsync(cancellationToken)).Description;
        Console.WriteLine($"engine: {index}");
        return new InProcessResult(queries, suggestEngine, suggestFts, rows, built, index, collections);
    }

    /// <summary>What <c>CatalogueSearch.SuggestAsync</c> asks of the engine for a Vietnamese reader, and its reordering.</summary>
    private static async Task SuggestAsync(ISearchEngine engine, string typed, CancellationToken cancellationToken)
    {
        var words = CatalogueSearch.Clean(typed);
        var suggestions = await engine.SuggestAsync(new SuggestQuery(SearchIndexes.Products, words, ProductFields.NameVi, ProductFields.TitleVi) { Take = 16 }, cancellationToken);
        var folded = Marketplace.Localization.VietnameseFolding.Fold(words);
        _ = suggestions.OrderByDescending(s => Marketplace.Localization.VietnameseFolding.Fold(s.Text).StartsWith(folded, StringComparison.Ordinal)).ThenBy(s => s.Text.Length).Take(8).ToList();
    }

    private static async Task<HttpResult> OverHttpAsync(BenchmarkOptions options, GeneratedCatalogue catalogue, int passes, int concurrency, CancellationToken cancellationToken)
    {
        Console.WriteLine("http: starting the site");
        var (site, _) = await SiteProcess.StartAsync(options, catalogue.DataPath, cancellationToken);
        await using var __ = site;
        await using (var db = catalogue.OpenDatabase())
        {
            await Outbox.WaitUntilEmptyAsync(db, TimeSpan.FromMinutes(2), cancellationToken);
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false })
        {
            BaseAddress = site.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var requests = QueryMix.Searches.SelectMany(r => new[]
            {
                (Kind: "api", Path: $"/api/v1/products?{QueryMix.QueryString(r)}"),
                (Kind: "page", Path: $"/search?{QueryMix.QueryString(r)}"),
            })
            .Concat(QueryMix.Suggestions.Select(typed => (Kind: "suggest", Path: $"/api/v1/suggest?q={Uri.EscapeDataString(typed)}")))
            .ToList();

        // A path that does not answer 200 with a body would measure something else.
        foreach (var (_, path) in requests)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
            {
                throw new BenchmarkException($"GET {path} answered {(int)response.StatusCode} with {body.Length} bytes; a measurement of it would measure something else.");
            }
        }

        Console.WriteLine("http: warming up");
        await LoadAsync(client, [.. Enumerable.Repeat(requests, WarmUpPasses).SelectMany(r => r)], concurrency, cancellationToken);
        Console.WriteLine($"http: {passes} passes of {requests.Count} requests at concurrency {concurrency}");
        var timed = await LoadAsync(client, [.. Enumerable.Range(0, passes).SelectMany(_ => requests)], concurrency, cancellationToken);
        return new HttpResult(
            [.. timed.Where(t => t.Kind == "api").Select(t => t.Ms)],
            [.. timed.Where(t => t.Kind == "page").Select(t => t.Ms)],
            [.. timed.Where(t => t.Kind == "suggest").Select(t => t.Ms)],
            timed.Count(t => !t.Ok));
    }

    /// <summary><paramref name="concurrency"/> loops take the requests in order, each sending its next when the last body is read.</summary>
    private static async Task<List<(string Kind, double Ms, bool Ok)>> LoadAsync(HttpClient client, List<(string Kind, string Path)> requests, int concurrency, CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<(string Kind, string Path)>(requests);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                var times = new List<(string, double, bool)>();
                while (queue.TryDequeue(out var request))
                {
                    var ok = false;
                    var ms = await Latencies.TimeAsync(async () =>
                    {
                        using var response = await client.GetAsync(new Uri(request.Path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
                        ok = response.IsSuccessStatusCode;
                    });
                    times.Add((request.Kind, ms, ok));
                }

                return times;
            },
            cancellationToken)).ToList();
        return [.. (await Task.WhenAll(workers)).SelectMany(t => t)];
    }

    private sealed class QueryTimes(string label, CatalogueSearchRequest request)
    {
        public string Label { get; } = label;

        public CatalogueSearchRequest Request { get; } = request;

        public List<double> Engine { get; } = [];

        public List<double> Ranked { get; } = [];

        public List<double> Full { get; } = [];

        public long EngineHits { get; set; }

        public long FtsHits { get; set; }
    }

    private sealed record InProcessResult(List<QueryTimes> Queries, List<double> SuggestEngine, List<double> SuggestFts, int FtsRows, TimeSpan FtsBuild, string Index, int[] Collections);

    private sealed record HttpResult(List<double> Api, List<double> Page, List<double> Suggest, int Errors);
}
