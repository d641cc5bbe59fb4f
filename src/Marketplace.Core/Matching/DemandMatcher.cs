using System.Globalization;
using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Demands;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Search;
using Marketplace.Search.Indexing;
using Marketplace.Search.SearchCatalogue;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Matching;

public sealed record SupplyMatch(int ProductId, int OrganisationId, double Score, IReadOnlyList<MatchReason> Reasons);

public sealed record DemandMatch(int DemandId, int BuyerOrganisationId, double Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// Matching, both ways. The engine finds candidates (same category, hard rules as filters, the words ranking); the
/// database gives the facts; <see cref="MatchScorer"/> decides and explains. At most <see cref="PerCooperative"/>
/// products per cooperative, so one large cooperative does not fill the list.
/// </summary>
public sealed class DemandMatcher(ISearchEngine engine, MarketplaceDbContext db, ReferenceTablesCache referenceTables, CompoundWordsCache compounds, TimeProvider clock)
{
    public const int PerCooperative = 3;

    private static readonly TextField[] MatchingFields = [new(ProductFields.Name, 3f), new(ProductFields.CategoryText, 2f)];
    private const int Candidates = 200;

    public async Task<IReadOnlyList<SupplyMatch>> ForDemandAsync(Demand demand, int take, CancellationToken cancellationToken)
    {
        var filters = new List<SearchCondition> { new AnyOf(ProductFields.Category, demand.CategoryCode) };
        filters.AddRange(demand.RequiredCertificateCodes.Select(code =>
            new InRange(ProductFields.CertificateValidUntil(code), ProductFields.DayNumber(demand.DeliveryTo), null)));
        if (demand.MinimumOcopStars is { } stars)
        {
            filters.Add(new InRange(ProductFields.OcopStars, stars, null));
        }

        var known = await compounds.GetAsync(cancellationToken);
        var alternatives = Synonyms.Alternatives(demand.Title);
        var results = await SearchUnavailableException.WhenAskingAsync(engine, e => e.SearchAsync(new SearchQuery(SearchIndexes.Products)
        {
            Text = demand.Title,
            Alternatives = alternatives,
            Compounds = known.In([demand.Title, .. alternatives]),

            // The words only rank candidates the filters already chose: the name and category say enough, and skipping
            // typo expansion and the other fields keeps a long demand title cheap on a large catalogue.
            Fields = MatchingFields,
            TolerateTypos = false,
            TextRequired = false,
            Filters = filters,
            Exclusions = [new AnyOf(ProductFields.Organisation, demand.OrganisationId.ToString(CultureInfo.InvariantCulture))],
            Take = Candidates,
        }, cancellationToken));

        var relevance = Relevance(results);
        var facts = await SupplyFactsAsync(relevance.Keys, cancellationToken);
        return facts
            .Select(f => (Facts: f, Match: MatchScorer.Score(demand, f, relevance[f.ProductId])))
            .Where(m => m.Match.Eligible)
            .OrderByDescending(m => m.Match.Score).ThenBy(m => m.Facts.ProductId)
            .GroupBy(m => m.Facts.OrganisationId)
            .SelectMany(g => g.Take(PerCooperative))
            .OrderByDescending(m => m.Match.Score).ThenBy(m => m.Facts.ProductId)
            .Take(take)
            .Select(m => new SupplyMatch(m.Facts.ProductId, m.Facts.OrganisationId, m.Match.Score, m.Match.Reasons))
            .ToList();
    }

    /// <summary>The open demands a public product can fill, best first.</summary>
    public async Task<IReadOnlyList<DemandMatch>> ForProductAsync(int productId, int take, CancellationToken cancellationToken)
    {
        var supply = (await SupplyFactsAsync([productId], cancellationToken)).SingleOrDefault();
        var product = await db.Products.AsNoTracking().PubliclyVisible(db).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (supply is null || product is null)
        {
            return [];
        }

        var today = Cultures.TodayInVietnam(clock);
        var words = product.NameVi + " " + product.NameEn;
        var known = await compounds.GetAsync(cancellationToken);
        var results = await SearchUnavailableException.WhenAskingAsync(engine, e => e.SearchAsync(new SearchQuery(SearchIndexes.Demands)
        {
            Text = words,
            Compounds = known.In([words]),
            Fields = [new(DemandFields.Title, 3f), new(DemandFields.CategoryText, 1f)],
            TolerateTypos = false,
            TextRequired = false,
            Filters =
            [
                new AnyOf(DemandFields.Category, supply.CategoryPath.ToList()),
                new InRange(DemandFields.ValidUntil, ProductFields.DayNumber(today), null),
                new InRange(DemandFields.MinimumOcop, 0, supply.OcopStars ?? 0),
            ],
            Exclusions = [new AnyOf(DemandFields.Organisation, supply.OrganisationId.ToString(CultureInfo.InvariantCulture))],
            Take = Candidates,
        }, cancellationToken));

        var relevance = Relevance(results);
        var ids = relevance.Keys.ToList();
        var demands = await db.Demands.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.Status == DemandStatus.Open && d.ValidUntil >= today)
            .ToListAsync(cancellationToken);
        return demands
            .Select(d => (Demand: d, Match: MatchScorer.Score(d, supply, relevance[d.Id])))
            .Where(m => m.Match.Eligible)
            .OrderByDescending(m => m.Match.Score).ThenBy(m => m.Demand.Id)
            .Take(take)
            .Select(m => new DemandMatch(m.Demand.Id, m.Demand.OrganisationId, m.Match.Score, m.Match.Reasons))
            .ToList();
    }

    /// <summary>Engine scores scaled to 0..1 by the best candidate, so text weighs the same whatever the engine.</summary>
    private static Dictionary<int, double> Relevance(SearchResults results)
    {
        var best = results.Hits.Count == 0 ? 0 : results.Hits.Max(h => h.Score);
        return results.Hits.ToDictionary(
            h => int.Parse(h.Id, CultureInfo.InvariantCulture),
            h => best > 0 ? h.Score / (double)best : 0);
    }

    private async Task<List<SupplyFacts>> SupplyFactsAsync(IEnumerable<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.ToList();
        var rows = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .PubliclyVisible(db)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new
            {
                p.Id, p.OrganisationId, p.CategoryCode, p.OriginProvinceCode, o.VerifiedAtUtc, p.OcopStars,
                p.CapacityAmount, p.CapacityUnit, p.CapacityPeriod, p.HarvestMonths,
            })
            .ToListAsync(cancellationToken);
        var certificates = (await db.ProductCertificates.AsNoTracking()
                .Where(pc => ids.Contains(pc.ProductId))
                .Join(db.Certificates, pc => pc.CertificateId, c => c.Id, (pc, c) => new { pc.ProductId, c.TypeCode, c.ValidUntil })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ProductId);
        var categories = (await referenceTables.GetAsync(cancellationToken)).Categories;
        return rows.Select(r => new SupplyFacts(
            r.Id,
            r.OrganisationId,
            Category.Path(r.CategoryCode, categories).Select(c => c.Code).ToList(),
            r.OriginProvinceCode,
            r.VerifiedAtUtc is not null,
            r.OcopStars,
            r.CapacityAmount,
            r.CapacityUnit,
            r.CapacityPeriod,
            r.HarvestMonths,
            certificates[r.Id].GroupBy(c => c.TypeCode).ToDictionary(g => g.Key, g => g.Max(c => c.ValidUntil), StringComparer.Ordinal)))
            .ToList();
    }
}
