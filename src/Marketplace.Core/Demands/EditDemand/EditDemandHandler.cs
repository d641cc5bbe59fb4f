using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.EditDemand;

/// <summary>Changes what one of the buyer's own demands asks; a closed demand stays closed (editing it is for the record, not a reopening).</summary>
public sealed class EditDemandHandler(MarketplaceDbContext db, DemandFormValidator validator, TimeProvider clock)
{
    public async Task<DemandChange> HandleAsync(int organisationId, int demandId, DemandForm form, CancellationToken cancellationToken)
    {
        var demand = await db.OwnDemand(organisationId, demandId).SingleOrDefaultAsync(cancellationToken);
        if (demand is null)
        {
            return DemandChange.NotFound;
        }

        var errors = await validator.ValidateAsync(form, cancellationToken);
        if (errors.Count > 0)
        {
            return new DemandChange(demandId, errors);
        }

        DemandFormMapping.Apply(demand, form, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new DemandChange(demandId, []);
    }
}
