using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.LoadOwnDemand;

/// <summary>One of the buyer's own demands as its edit form shows it; null for another buyer's demand.</summary>
public sealed class LoadOwnDemandHandler(MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<EditableDemand?> HandleAsync(int organisationId, int demandId, CancellationToken cancellationToken)
    {
        var demand = await db.OwnDemand(organisationId, demandId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return demand is null
            ? null
            : new EditableDemand(demand.Id, DemandFormMapping.ToForm(demand), DemandStates.Of(demand.Status, demand.ValidUntil, Cultures.TodayInVietnam(clock)), demand.ClosedAtUtc);
    }
}
