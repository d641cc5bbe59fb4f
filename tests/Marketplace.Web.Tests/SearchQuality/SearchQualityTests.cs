using System.Globalization;
using System.Text;
using System.Text.Json;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Matching;
using Marketplace.Search;
using Marketplace.Search.SearchCatalogue;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Marketplace.Web.Tests.SearchQuality;

/// <summary>
/// Search quality, measured: every judged query runs through the query the search page builds, every judged demand
/// through the matcher, on the demo catalogue; nDCG@10 and recall@10 are reported per query and per kind, written to
/// artifacts/search-quality.json, and must stay at or above the bars (set a little under what was measured, see the
/// README's "Search quality").
/// </summary>
public abstract class SearchQualityTests<TSite>(TSite site, ITestOutputHelper output)
    where TSite : MarketplaceFactory
{
    private const int K = 10;

    // A little under what was measured on 2026-11-22 with Lucene (products 0.931 / 0.90 over 81 queries, demands
    // 0.946 / 1.00 over 9); the README has the figures per kind. Raise them when search gets better.
    private const double ProductNdcgBar = 0.88;
    private const double ProductRecallBar = 0.85;
    private const double DemandNdcgBar = 0.88;
    private const double DemandRecallBar = 0.90;

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [Fact]
    public async Task Judged_queries_and_demands_rank_their_relevant_products_at_or_above_the_bars()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var cancellationToken = timeout.Token;
        var judged = JudgedQueries.Load();
        Assert.True(judged.Queries.Count >= 40, $"{judged.Queries.Count} judged product queries; the set needs at least 40.");
        Assert.True(judged.Demands.Count >= 6, $"{judged.Demands.Count} judged demands; the set needs at least 6.");

        var (keyById, idByKey) = await IndexedCatalogueAsync(cancellationToken);
        AssertJudgementsNameVisibleProducts(judged, idByKey);

        var products = new List<Measured>();
        foreach (var query in judged.Queries)
        {
            var ranked = await site.InScopeAsync(async services =>
            {
                var request = new CatalogueSearchRequest
                {
                    Text = query.Text,
                    Category = query.Filters?.Category,
                    Province = query.Filters?.Province,
                    Certificate = query.Filters?.Certificate,
                    Ocop = query.Filters?.Ocop,
                    PageSize = K,
                };
                var compounds = await services.GetRequiredService<CompoundWordsCache>().GetAsync(cancellationToken);
                var results = await services.GetRequiredService<ISearchEngine>().SearchAsync(CatalogueSearch.ProductQuery(request, judged.AsOf, compounds), cancellationToken);
                return results.Hits.Select(h => keyById[int.Parse(h.Id, CultureInfo.InvariantCulture)]).ToList();
            });
            products.Add(Measure(query.Id, query.Kind, Describe(query), ranked, query.Relevant));
        }

        var demands = new List<Measured>();
        foreach (var judgedDemand in judged.Demands)
        {
            var ranked = await site.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<MarketplaceDbContext>();
                var demand = await db.Demands.AsNoTracking().SingleOrDefaultAsync(d => d.SeedKey == judgedDemand.Demand, cancellationToken);
                Assert.True(demand is not null, $"The judged demand {judgedDemand.Demand} is not in the seed any more (demands.json changed; judge again).");
                var matches = await services.GetRequiredService<DemandMatcher>().ForDemandAsync(demand, K, cancellationToken);
                return matches.Select(m => keyById[m.ProductId]).ToList();
            });
            demands.Add(Measure(judgedDemand.Demand, "demand", judgedDemand.Demand, ranked, judgedDemand.Relevant));
        }

        var summary = Summarise(products, demands);
        output.WriteLine(Table(products, demands, summary));
        var written = WriteReport(judged.AsOf, products, demands, summary);
        output.WriteLine(written is null ? "Marketplace.sln not found above the test folder; no report file written." : $"Report written to {written}");

        var product = summary.Single(s => s.Set == "products" && s.Kind == "all");
        var demandSummary = summary.Single(s => s.Set == "demands");
        var misses = new List<string>();
        Check(misses, "product nDCG@10", product.Ndcg, ProductNdcgBar);
        Check(misses, "product recall@10", product.Recall, ProductRecallBar);
        Check(misses, "demand nDCG@10", demandSummary.Ndcg, DemandNdcgBar);
        Check(misses, "demand recall@10", demandSummary.Recall, DemandRecallBar);
        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses) + Environment.NewLine + "See the table in the test output for the queries that fell.");
    }

    /// <summary>
    /// Waits until the site's indexing worker has emptied the outbox the seed filled, then checks that the index holds
    /// exactly the public products, so the measure is never taken on a half-built index. (Draining from here as well
    /// would index the same batch twice, side by side with the worker, and the match notifier logs a duplicate.)
    /// </summary>
    private async Task<(Dictionary<int, string> KeyById, Dictionary<string, int> VisibleIdByKey)> IndexedCatalogueAsync(CancellationToken cancellationToken)
    {
        return await site.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var engine = services.GetRequiredService<ISearchEngine>();
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (await db.SearchOutbox.AnyAsync(cancellationToken))
            {
                Assert.True(DateTime.UtcNow < deadline, "The search outbox is not empty a minute after start: the indexing worker is not running or keeps failing.");
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }

            var keyById = await db.Products.AsNoTracking().Where(p => p.SeedKey != null)
                .ToDictionaryAsync(p => p.Id, p => p.SeedKey!, cancellationToken);
            var visible = await db.Products.AsNoTracking().PubliclyVisible(db).Where(p => p.SeedKey != null)
                .ToDictionaryAsync(p => p.SeedKey!, p => p.Id, StringComparer.Ordinal, cancellationToken);
            var indexed = await engine.SearchAsync(new SearchQuery(SearchIndexes.Products) { Take = 1 }, cancellationToken);
            Assert.True(
                indexed.Total == visible.Count,
                $"The product index holds {indexed.Total} documents for {visible.Count} public products after draining the outbox.");
            return (keyById, visible);
        });
    }

    private static void AssertJudgementsNameVisibleProducts(JudgedQueries judged, Dictionary<string, int> visibleIdByKey)
    {
        var unknown = judged.Queries.Select(q => (q.Id, q.Relevant))
            .Concat(judged.Demands.Select(d => (Id: d.Demand, d.Relevant)))
            .SelectMany(j => j.Relevant.Keys.Where(key => !visibleIdByKey.ContainsKey(key)).Select(key => $"{j.Id}: {key}"))
            .ToList();
        Assert.True(unknown.Count == 0, "Judged products that are not public in the seed (the catalogue changed; judge again): " + string.Join(", ", unknown));

        var ungraded = judged.Queries.Where(q => q.Relevant.Count == 0 || q.Relevant.Values.Any(g => g is < 1 or > 2)).Select(q => q.Id).ToList();
        Assert.True(ungraded.Count == 0, "Queries without relevant products or with grades other than 1 and 2: " + string.Join(", ", ungraded));
    }

    private static Measured Measure(string id, string kind, string query, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var top = ranked.Take(K).ToList();
        return new Measured(
            id,
            kind,
            query,
            RankingMetrics.NdcgAt(K, top, grades),
            RankingMetrics.RecallAt(K, top, grades),
            grades.Count(g => g.Value > 0),
            top.Select(key => new RankedResult(key, grades.GetValueOrDefault(key))).ToList(),
            grades.Where(g => g.Value > 0 && !top.Contains(g.Key)).OrderByDescending(g => g.Value).Select(g => g.Key).ToList());
    }

    private static string Describe(JudgedQuery query)
    {
        var filters = new[]
        {
            query.Filters?.Category is { } category ? $"category={category}" : null,
            query.Filters?.Province is { } province ? $"province={province}" : null,
            query.Filters?.Certificate is { } certificate ? $"certificate={certificate}" : null,
            query.Filters?.Ocop is { } ocop ? $"ocop={ocop.ToString(CultureInfo.InvariantCulture)}" : null,
        }.Where(f => f is not null).ToList();
        return filters.Count == 0 ? query.Text : $"{query.Text} [{string.Join(", ", filters)}]";
    }

    private static List<Summary> Summarise(List<Measured> products, List<Measured> demands)
    {
        static Summary Of(string set, string kind, IReadOnlyCollection<Measured> measured) =>
            new(set, kind, measured.Count, measured.Average(m => m.Ndcg), measured.Average(m => m.Recall));

        return products.GroupBy(p => p.Kind).Select(g => Of("products", g.Key, g.ToList()))
            .Append(Of("products", "all", products))
            .Append(Of("demands", "demand", demands))
            .ToList();
    }

    private static string Table(List<Measured> products, List<Measured> demands, List<Summary> summary)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-16} {"query",-44} {"nDCG@10",7} {"R@10",5}  top results (grade:key) / missed");
        foreach (var m in products.Concat(demands))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{m.Kind,-16} {Shorten(m.Query, 44),-44} {m.Ndcg,7:0.000} {m.Recall,5:0.00}  {string.Join(" ", m.Top.Take(5).Select(r => $"{r.Grade}:{r.Key}"))}");
            if (m.Missed.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{string.Empty,-76}missed: {string.Join(" ", m.Missed)}");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"set",-9} {"kind",-16} {"queries",7} {"nDCG@10",7} {"R@10",5}");
        foreach (var s in summary)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Set,-9} {s.Kind,-16} {s.Queries,7} {s.Ndcg,7:0.000} {s.Recall,5:0.00}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"bars: products nDCG@10 ≥ {ProductNdcgBar:0.00}, recall@10 ≥ {ProductRecallBar:0.00}; demands nDCG@10 ≥ {DemandNdcgBar:0.00}, recall@10 ≥ {DemandRecallBar:0.00}");
        return text.ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    /// <summary>artifacts/search-quality.json under the repository root, if the tests run inside the repository.</summary>
    private static string? WriteReport(DateOnly asOf, List<Measured> products, List<Measured> demands, List<Summary> summary)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Marketplace.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return null;
        }

        var path = Path.Combine(root.FullName, "artifacts", "search-quality.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var report = new
        {
            MeasuredAtUtc = DateTime.UtcNow,
            AsOf = asOf,
            K,
            Bars = new { ProductNdcg = ProductNdcgBar, ProductRecall = ProductRecallBar, DemandNdcg = DemandNdcgBar, DemandRecall = DemandRecallBar },
            Summary = summary,
            Queries = products,
            Demands = demands,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report, ReportJson));
        return path;
    }

    private static void Check(List<string> misses, string measure, double value, double bar)
    {
        if (value < bar)
        {
            misses.Add($"Mean {measure} is {value:0.000}, under the bar of {bar:0.00}.");
        }
    }

    private sealed record RankedResult(string Key, int Grade);

    private sealed record Measured(string Id, string Kind, string Query, double Ndcg, double Recall, int RelevantCount, IReadOnlyList<RankedResult> Top, IReadOnlyList<string> Missed);

    private sealed record Summary(string Set, string Kind, int Queries, double Ndcg, double Recall);
}

public sealed class SqliteSearchQualityTests(SqliteMarketplace site, ITestOutputHelper output) : SearchQualityTests<SqliteMarketplace>(site, output), IClassFixture<SqliteMarketplace>;

public sealed class PostgresSearchQualityTests(PostgresMarketplace site, ITestOutputHelper output) : SearchQualityTests<PostgresMarketplace>(site, output), IClassFixture<PostgresMarketplace>;
