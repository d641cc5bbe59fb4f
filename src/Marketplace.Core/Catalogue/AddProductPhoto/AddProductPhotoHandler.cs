using Marketplace.Data;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.AddProductPhoto;

/// <summary>
/// Adds a photo: checked and re-encoded by the image port before anything is stored, so a refused upload leaves no file.
/// Throws <see cref="ImageRefusedException"/> for an upload the port will not take.
/// </summary>
public sealed class AddProductPhotoHandler(MarketplaceDbContext db, ImageUploads uploads, TimeProvider clock)
{
    public const int MaxPhotos = 8;

    /// <returns>False when the organisation has no such product.</returns>
    /// <exception cref="TooManyPhotosException">The product already has <see cref="MaxPhotos"/> photos.</exception>
    public async Task<bool> HandleAsync(int organisationId, int productId, Stream upload, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return false;
        }

        if (product.Photos.Count >= MaxPhotos)
        {
            throw new TooManyPhotosException();
        }

        var stored = await uploads.StoreAsync($"p{productId}", upload, cancellationToken);
        try
        {
            product.Photos.Add(new ProductPhoto
            {
                MediaKey = stored.Key,
                Position = product.Photos.Count == 0 ? 0 : product.Photos.Max(p => p.Position) + 1,
                Width = stored.Width,
                Height = stored.Height,
                Widths = stored.WidthList,
            });
            product.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Files without a row would never be served or cleaned up.
            await uploads.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }

        return true;
    }
}
