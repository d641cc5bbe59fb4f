using Marketplace.Catalogue.Trace;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ListLots;

/// <summary>The lots of one of the cooperative's own products, newest first.</summary>
public sealed class ListLotsHandler(MarketplaceDbContext db)
{
    /// <returns>Null when the product is not the organisation's.</returns>
    public async Task<IReadOnlyList<LotView>?> HandleAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        if (!await db.OwnProduct(organisationId, productId).AnyAsync(cancellationToken))
        {
            return null;
        }

        var lots = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId).ToListAsync(cancellationToken);
        return lots.OrderByDescending(l => l.Date).ThenByDescending(l => l.Id).Select(LotRecords.ToView).ToList();
    }
}
