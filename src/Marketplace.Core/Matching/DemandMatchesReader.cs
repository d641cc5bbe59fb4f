using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Matching;

/// <summary>A matched product as a page or the API shows it: the card, the score and the reasons in words.</summary>
public sealed record SupplyMatchView(ProductCard Product, double Score, IReadOnlyList<MatchReason> Reasons, IReadOnlyList<string> ReasonTexts);

/// <summary>
/// The products matching one demand, for the buyer who posted it (and staff). Another organisation gets null, the
/// same answer as for a demand that does not exist.
/// </summary>
public sealed class DemandMatchesReader(DemandMatcher matcher, CatalogueReader catalogue, MarketplaceDbContext db, ReferenceTablesCache referenceTables, IStringLocalizer<Localization.Text> text)
{
    public const int DefaultTake = 20;

    public async Task<IReadOnlyList<SupplyMatchView>?> ReadAsync(int demandId, int? viewerOrganisationId, bool viewerIsStaff, bool english, int take, CancellationToken cancellationToken)
    {
        var demand = await db.Demands.AsNoTracking().SingleOrDefaultAsync(d => d.Id == demandId, cancellationToken);
        if (demand is null || !(viewerIsStaff || demand.OrganisationId == viewerOrganisationId))
        {
            return null;
        }

        var matches = await matcher.ForDemandAsync(demand, Math.Clamp(take, 1, 100), cancellationToken);
        var cards = (await catalogue.CardsAsync(matches.Select(m => m.ProductId).ToList(), english, cancellationToken)).ToDictionary(c => c.Id);
        var explainer = new MatchExplainer(await referenceTables.GetAsync(cancellationToken), text, english);
        return matches.Where(m => cards.ContainsKey(m.ProductId))
            .Select(m => new SupplyMatchView(cards[m.ProductId], Math.Round(m.Score, 3), m.Reasons, explainer.Explain(m.Reasons)))
            .ToList();
    }
}
