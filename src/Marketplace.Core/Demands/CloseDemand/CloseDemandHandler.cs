using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.CloseDemand;

/// <summary>Closes one of the buyer's own demands: it leaves the public lists at once. Closing twice keeps the first time.</summary>
public sealed class CloseDemandHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <returns>False when the organisation has no such demand.</returns>
    public async Task<bool> HandleAsync(int organisationId, int demandId, CancellationToken cancellationToken)
    {
        var demand = await db.OwnDemand(organisationId, demandId).SingleOrDefaultAsync(cancellationToken);
        if (demand is null)
        {
            return false;
        }

        if (demand.Status != DemandStatus.Closed)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            demand.Status = DemandStatus.Closed;
            demand.ClosedAtUtc = now;
            demand.UpdatedAtUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
