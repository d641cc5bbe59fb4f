using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.DeleteLot;

/// <summary>Deletes a lot of one of the cooperative's own products.</summary>
public sealed class DeleteLotHandler(MarketplaceDbContext db)
{
    /// <returns>False when the organisation has no such product or lot.</returns>
    public async Task<bool> HandleAsync(int organisationId, int productId, int lotId, CancellationToken cancellationToken)
    {
        var lot = await db.OwnLot(organisationId, productId, lotId).SingleOrDefaultAsync(cancellationToken);
        if (lot is null)
        {
            return false;
        }

        db.Lots.Remove(lot);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
