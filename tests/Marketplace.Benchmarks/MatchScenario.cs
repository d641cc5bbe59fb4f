using Marketplace.Benchmarks.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Demands;
using Marketplace.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// One demand to its best 20 suppliers: <see cref="DemandMatcher.ForDemandAsync"/> in this process against the site's
/// index and database over the generated catalogue, for generated demands across every category. The in-run baseline
/// is what a marketplace without an engine would run: one SQL query over the same database with the same hard rules
/// (category with its children, each required certificate valid through the delivery window, minimum OCOP stars,
/// not the buyer's own), ordered by verified cooperative then OCOP stars. It neither ranks by the demand's words nor
/// weighs capacity, harvest months or distance, nor keeps three products a cooperative: it does less than the matcher.
/// </summary>
internal sealed class MatchScenario : IScenario
{
    private const int DefaultPasses = 5;
    private const int Demands = 50;
    private const int Take = 20;
    private const double TargetMs = 100;

    public string Name => "match";

    public async Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var passes = options.RunsGiven ? options.Runs : DefaultPasses;
        using var catalogue = await GeneratedCatalogue.PrepareAsync(options, cancellationToken);
        await using var services = InProcessSite.Create(catalogue.DataPath);

        List<Demand> demands;
        await using (var db = catalogue.OpenDatabase())
        {
            demands = GeneratedDemands.Create(await Vocabulary.LoadAsync(db, cancellationToken), Demands, GeneratedCatalogue.Today);
        }

        var matcher = new List<double>();
        var baseline = new List<double>();
        var perDemand = demands.Select(_ => new List<double>()).ToList();
        var found = new int[demands.Count];
        var foundBaseline = new int[demands.Count];

        // One pass unmeasured (JIT, EF Core's query cache, the index's and SQLite's pages), then the measured passes,
        // each alternating which of the two goes first.
        for (var pass = -1; pass < passes; pass++)
        {
            Console.WriteLine(pass < 0 ? "warming up" : $"pass {pass + 1}/{passes}");
            for (var i = 0; i < demands.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var demand = demands[i];
                double ours = 0, theirs = 0;
                async Task Ours() => ours = await Latencies.TimeAsync(async () =>
                {
                    // A scope per demand, as each request or notification pass of the site has.
                    await using var scope = services.CreateAsyncScope();
                    found[i] = (await scope.ServiceProvider.GetRequiredService<DemandMatcher>().ForDemandAsync(demand, Take, cancellationToken)).Count;
                });
                async Task Theirs() => theirs = await Latencies.TimeAsync(async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    foundBaseline[i] = (await PlainSqlAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), demand, Take, cancellationToken)).Count;
                });
                if ((pass + i) % 2 == 0)
                {
                    await Ours();
                    await Theirs();
                }
                else
                {
                    await Theirs();
                    await Ours();
                }

                if (pass >= 0)
                {
                    perDemand[i].Add(ours);
                    matcher.Add(ours);
                    baseline.Add(theirs);
                }
            }
        }

        var ourStats = new Stats(matcher);
        var theirStats = new Stats(baseline);
        var ratio = ourStats.Percentile(95) / theirStats.Percentile(95);
        var results = new
        {
            data = catalogue.Facts,
            demands = demands.Count,
            categories = demands.Select(d => d.CategoryCode).Distinct().Count(),
            withCertificates = demands.Count(d => d.RequiredCertificateCodes.Count > 0),
            withMinimumOcop = demands.Count(d => d.MinimumOcopStars is not null),
            take = Take,
            passes,
            matcher = new
            {
                what = "DemandMatcher.ForDemandAsync(demand, 20): engine candidates (200), facts from the database, MatchScorer, three per cooperative",
                latencyMs = Latencies.Json(ourStats),
                averageMatches = Math.Round(found.Average(), 1),
                demandsWithoutMatches = found.Count(f => f == 0),
            },
            baseline = new
            {
                what = "one SQL query: category (and children), required certificates valid through DeliveryTo, minimum OCOP, not the buyer's own; ordered by verified, OCOP stars, id; top 20",
                latencyMs = Latencies.Json(theirStats),
                averageMatches = Math.Round(foundBaseline.Average(), 1),
                demandsWithoutMatches = foundBaseline.Count(f => f == 0),
            },
            matcherOverBaselineP95 = Math.Round(ratio, 3),
            perDemand = demands.Select((d, i) => new
            {
                title = d.Title,
                category = d.CategoryCode,
                certificates = d.RequiredCertificates,
                minimumOcop = d.MinimumOcopStars,
                matches = found[i],
                baselineMatches = foundBaseline[i],
                matcherP50 = Math.Round(new Stats(perDemand[i]).Median, 3),
                matcherMax = Math.Round(new Stats(perDemand[i]).Max, 3),
            }),
            target = new { p95Ms = TargetMs, met = ourStats.Percentile(95) <= TargetMs },
        };
        return new Report(
            Name,
            results,
            [
                Latencies.Header,
                Latencies.Row($"DemandMatcher.ForDemandAsync, top {Take} ({found.Average():0.#} found on average)", ourStats, TargetMs),
                Latencies.Row($"baseline: plain SQL filter + order ({foundBaseline.Average():0.#} found on average)", theirStats, null),
                Latencies.Ratio("matcher ÷ SQL (ours / baseline, p95)", ratio),
            ]);
    }

    private static async Task<List<int>> PlainSqlAsync(MarketplaceDbContext db, Demand demand, int take, CancellationToken cancellationToken)
    {
        var codes = await db.Categories.AsNoTracking()
            .Where(c => c.Code == demand.CategoryCode || c.ParentCode == demand.CategoryCode)
            .Select(c => c.Code)
            .ToListAsync(cancellationToken);
        var products = db.Products.AsNoTracking().PubliclyVisible(db)
            .Where(p => codes.Contains(p.CategoryCode) && p.OrganisationId != demand.OrganisationId);
        foreach (var code in demand.RequiredCertificateCodes)
        {
            products = products.Where(p => db.ProductCertificates.Any(pc => pc.ProductId == p.Id
                && db.Certificates.Any(c => c.Id == pc.CertificateId && c.TypeCode == code && c.ValidUntil >= demand.DeliveryTo)));
        }

        if (demand.MinimumOcopStars is { } stars)
        {
            products = products.Where(p => p.OcopStars >= stars);
        }

        return await products
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Id, Verified = o.VerifiedAtUtc != null, p.OcopStars })
            .OrderByDescending(r => r.Verified).ThenByDescending(r => r.OcopStars).ThenBy(r => r.Id)
            .Take(take)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
    }
}
