using Marketplace.Data;

namespace Marketplace.Catalogue.Browse;

/// <summary>The one rule of what the public sees: published, not hidden, from a cooperative that is not hidden.</summary>
public static class CatalogueVisibility
{
    public static IQueryable<Product> PubliclyVisible(this IQueryable<Product> products, MarketplaceDbContext db) =>
        products.Where(p => p.Status == ProductStatus.Published
            && p.HiddenAtUtc == null
            && db.Organisations.Any(o => o.Id == p.OrganisationId && o.HiddenAtUtc == null));
}
