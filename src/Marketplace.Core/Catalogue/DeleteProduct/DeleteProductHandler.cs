using Marketplace.Data;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.DeleteProduct;

/// <summary>Deletes one of the cooperative's own products, then its photos' files once the row is gone.</summary>
public sealed class DeleteProductHandler(MarketplaceDbContext db, ImageUploads uploads)
{
    /// <returns>False when the organisation has no such product.</returns>
    public async Task<bool> HandleAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return false;
        }

        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var photo in product.Photos)
        {
            await uploads.DeleteAsync(photo.MediaKey, cancellationToken);
        }

        return true;
    }
}
