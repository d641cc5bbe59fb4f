using Marketplace.Catalogue;
using Marketplace.Demands;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Seed;

/// <summary>The demo buyers' demands, found again by buyer and key.</summary>
internal sealed partial class SeedLoader
{
    private async Task<int> UpsertDemandsAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var organisationIds = await db.Organisations.Where(o => o.SeedKey != null).ToDictionaryAsync(o => o.SeedKey!, o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var demands = plan.Demands
            .Select(d => new Located<(int OrganisationId, DemandRecipe Demand)>((organisationIds[d.Item.Buyer], d.Item), d.File, d.Line))
            .ToList();
        return await UpsertAsync(
            db.Demands.Where(d => d.SeedKey != null),
            demands,
            d => $"{d.OrganisationId}/{d.SeedKey}",
            r => $"{r.OrganisationId}/{r.Demand.Key}",
            r => new Demand
            {
                OrganisationId = r.OrganisationId,
                SeedKey = r.Demand.Key,
                Title = r.Demand.Title,
                CategoryCode = r.Demand.Category,
                DeliveryProvinceCode = r.Demand.DeliveryProvince,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            },
            (demand, r, _) => Apply(demand, r.Demand, now),
            cancellationToken);
    }

    /// <summary>Only what the recipe says is written, so an unchanged recipe writes nothing (no "updated at" on every start).</summary>
    private static void Apply(Demand demand, DemandRecipe r, DateTime now)
    {
        demand.Title = TextNormalizer.Clean(r.Title);
        demand.CategoryCode = r.Category;
        demand.Quantity = r.Quantity;
        demand.Unit = CatalogueRecipeChecks.Parse<SalesUnit>(r.Unit);
        demand.Frequency = CatalogueRecipeChecks.Parse<DemandFrequency>(r.Frequency);
        demand.DeliveryProvinceCode = r.DeliveryProvince;
        demand.DeliveryFrom = r.DeliveryFrom;
        demand.DeliveryTo = r.DeliveryTo;
        demand.ValidUntil = r.ValidUntil;
        demand.RequiredCertificates = r.RequiredCertificates is { Count: > 0 } codes ? string.Join(',', codes) : null;
        demand.MinimumOcopStars = r.MinimumOcopStars;
        demand.TargetPriceVnd = r.TargetPriceVnd;
        demand.Description = TextNormalizer.CleanOrNull(r.Description);
        demand.ShowCompanyName = r.ShowCompanyName;
        demand.Status = CatalogueRecipeChecks.Parse<DemandStatus>(r.Status);

        // The closing time is kept from the first load that saw the demand closed.
        demand.ClosedAtUtc = demand.Status == DemandStatus.Closed ? demand.ClosedAtUtc ?? now : null;
    }
}
