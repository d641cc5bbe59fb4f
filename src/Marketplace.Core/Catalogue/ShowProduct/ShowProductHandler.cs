using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ShowProduct;

/// <summary>An organiser or administrator lifts a product's hiding: it is public again if its cooperative published it.</summary>
public sealed class ShowProductHandler(MarketplaceDbContext db)
{
    /// <returns>False when there is no such product.</returns>
    public async Task<bool> HandleAsync(int productId, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return false;
        }

        product.HiddenReason = null;
        product.HiddenAtUtc = null;
        product.HiddenByUserId = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
