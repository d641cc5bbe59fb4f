using Marketplace.Data;

namespace Marketplace.Catalogue.MakeCoverPhoto;

/// <summary>Makes a photo of one of the cooperative's own products its cover (first).</summary>
public sealed class MakeCoverPhotoHandler(MarketplaceDbContext db)
{
    /// <returns>False when the organisation has no such product or photo.</returns>
    public async Task<bool> HandleAsync(int organisationId, int productId, int photoId, CancellationToken cancellationToken)
    {
        if (await db.OwnPhotoAsync(organisationId, productId, photoId, cancellationToken) is not (var product, var photo))
        {
            return false;
        }

        photo.Position = product.Photos.Min(p => p.Position) - 1;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
