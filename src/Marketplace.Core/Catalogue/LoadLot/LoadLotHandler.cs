using Marketplace.Catalogue.Trace;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.LoadLot;

/// <summary>One lot of one of the cooperative's own products; null for another cooperative's product or lot.</summary>
public sealed class LoadLotHandler(MarketplaceDbContext db)
{
    public async Task<LotView?> HandleAsync(int organisationId, int productId, int lotId, CancellationToken cancellationToken)
    {
        var lot = await db.OwnLot(organisationId, productId, lotId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return lot is null ? null : LotRecords.ToView(lot);
    }
}
