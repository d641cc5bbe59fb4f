using Marketplace.Accounts;
using Marketplace.Data;

namespace Marketplace.Catalogue.Browse;

/// <summary>The one rule of what the public sees: published, not hidden, from a cooperative the public sees (<see cref="Accounts.OrganisationVisibility"/>).</summary>
public static class CatalogueVisibility
{
    public static IQueryable<Product> PubliclyVisible(this IQueryable<Product> products, MarketplaceDbContext db) =>
        products.Where(p => p.Status == ProductStatus.Published
            && p.HiddenAtUtc == null
            && db.Organisations.PubliclyVisible().Any(o => o.Id == p.OrganisationId));
}
