using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue;

/// <summary>
/// A cooperative's own products, photos, lots and certificates. Every use case that acts for a cooperative starts here,
/// so every query is scoped by the organisation of the person acting: another cooperative's row is simply not found.
/// </summary>
internal static class Ownership
{
    public static IQueryable<Product> OwnProduct(this MarketplaceDbContext db, int organisationId, int productId) =>
        db.Products.Where(p => p.Id == productId && p.OrganisationId == organisationId);

    /// <summary>A photo of one of the organisation's own products, with that product and its photos loaded; null otherwise.</summary>
    public static async Task<(Product Product, ProductPhoto Photo)?> OwnPhotoAsync(
        this MarketplaceDbContext db, int organisationId, int productId, int photoId, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        return product?.Photos.SingleOrDefault(p => p.Id == photoId) is { } photo ? (product, photo) : null;
    }

    public static IQueryable<Lot> OwnLot(this MarketplaceDbContext db, int organisationId, int productId, int lotId) =>
        db.Lots.Where(l => l.Id == lotId && l.ProductId == productId && db.Products.Any(p => p.Id == productId && p.OrganisationId == organisationId));

    public static IQueryable<Certificate> OwnCertificate(this MarketplaceDbContext db, int organisationId, int certificateId) =>
        db.Certificates.Where(c => c.Id == certificateId && c.OrganisationId == organisationId);
}
