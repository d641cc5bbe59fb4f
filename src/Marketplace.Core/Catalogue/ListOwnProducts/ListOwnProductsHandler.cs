using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ListOwnProducts;

/// <summary>A cooperative's own products, drafts first, the latest change first within each status.</summary>
public sealed class ListOwnProductsHandler(MarketplaceDbContext db)
{
    public async Task<IReadOnlyList<Product>> HandleAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.Status).ThenByDescending(p => p.UpdatedAtUtc).ToListAsync(cancellationToken);
}
