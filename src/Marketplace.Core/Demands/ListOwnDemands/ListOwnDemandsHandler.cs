using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.ListOwnDemands;

/// <summary>A buyer's own demands, open ones first, the newest first within each state.</summary>
public sealed class ListOwnDemandsHandler(MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OwnDemand>> HandleAsync(int organisationId, CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        var rows = await db.Demands.AsNoTracking().Where(d => d.OrganisationId == organisationId)
            .OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.Status, d.DeliveryFrom, d.DeliveryTo, d.ValidUntil, d.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        return rows
            .Select(d => new OwnDemand(d.Id, d.Title, DemandStates.Of(d.Status, d.ValidUntil, today), d.DeliveryFrom, d.DeliveryTo, d.ValidUntil, d.CreatedAtUtc))
            .OrderBy(d => d.State)
            .ToList();
    }
}
