using Marketplace.Data;

namespace Marketplace.Demands;

/// <summary>A buyer's own demands: every use case that acts for a buyer starts here, so another buyer's demand is simply not found.</summary>
internal static class DemandOwnership
{
    public static IQueryable<Demand> OwnDemand(this MarketplaceDbContext db, int organisationId, int demandId) =>
        db.Demands.Where(d => d.Id == demandId && d.OrganisationId == organisationId);
}
