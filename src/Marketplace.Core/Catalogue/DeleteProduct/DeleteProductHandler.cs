using Marketplace.Data;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.DeleteProduct;

/// <summary>
/// Deletes one of the cooperative's own products, then its photos' files once the row is gone. A product a buyer's
/// inquiry or a quotation names is archived instead: the thread and the deal must still say what was asked and quoted.
/// </summary>
public sealed class DeleteProductHandler(MarketplaceDbContext db, ImageUploads uploads, TimeProvider clock)
{
    /// <returns>False when the organisation has no such product.</returns>
    public async Task<bool> HandleAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return false;
        }

        if (await IsNamedByAThreadAsync(productId, cancellationToken))
        {
            product.Status = ProductStatus.Archived;
            product.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var photo in product.Photos)
        {
            await uploads.DeleteAsync(photo.MediaKey, cancellationToken);
        }

        return true;
    }

    private async Task<bool> IsNamedByAThreadAsync(int productId, CancellationToken cancellationToken) =>
        await db.Set<Inquiries.InquiryProduct>().AnyAsync(p => p.ProductId == productId, cancellationToken)
        || await db.Set<Inquiries.QuotationLine>().AnyAsync(l => l.ProductId == productId, cancellationToken);
}
