using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.HideProduct;

/// <summary>An organiser or administrator hides a product from the public with a reason its cooperative reads.</summary>
public sealed class HideProductHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <returns>False when there is no such product or the reason is empty.</returns>
    public async Task<bool> HandleAsync(int productId, string reason, string moderatorUserId, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        var cleaned = TextNormalizer.Clean(reason);
        if (product is null || cleaned.Length == 0)
        {
            return false;
        }

        product.HiddenReason = cleaned.Length > 1000 ? cleaned[..1000] : cleaned;
        product.HiddenAtUtc = clock.GetUtcNow().UtcDateTime;
        product.HiddenByUserId = moderatorUserId;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
