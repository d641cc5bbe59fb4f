using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ChangeProductStatus;

/// <summary>Publish, withdraw to draft, or archive. A product hidden by moderation stays hidden whatever its status.</summary>
public sealed class ChangeProductStatusHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <returns>False when the organisation has no such product or the status is not one.</returns>
    public async Task<bool> HandleAsync(int organisationId, int productId, ProductStatus status, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).SingleOrDefaultAsync(cancellationToken);
        if (product is null || !Enum.IsDefined(status))
        {
            return false;
        }

        product.Status = status;
        product.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
