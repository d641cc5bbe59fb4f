using Marketplace.Data;
using Marketplace.Media;

namespace Marketplace.Catalogue.RemoveProductPhoto;

/// <summary>Removes a photo of one of the cooperative's own products, then its files once the row is gone.</summary>
public sealed class RemoveProductPhotoHandler(MarketplaceDbContext db, ImageUploads uploads)
{
    /// <returns>False when the organisation has no such product or photo.</returns>
    public async Task<bool> HandleAsync(int organisationId, int productId, int photoId, CancellationToken cancellationToken)
    {
        if (await db.OwnPhotoAsync(organisationId, productId, photoId, cancellationToken) is not (var product, var photo))
        {
            return false;
        }

        product.Photos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(photo.MediaKey, cancellationToken);
        return true;
    }
}
