using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.GetOwnProductName;

/// <summary>The name of one of the cooperative's own products in the page's language, for the heading of its lot pages.</summary>
public sealed class GetOwnProductNameHandler(MarketplaceDbContext db)
{
    /// <returns>Null when the product is not the organisation's.</returns>
    public async Task<string?> HandleAsync(int organisationId, int productId, bool english, CancellationToken cancellationToken) =>
        await db.OwnProduct(organisationId, productId).AsNoTracking()
            .Select(p => english && p.NameEn != null && p.NameEn != "" ? p.NameEn : p.NameVi)
            .SingleOrDefaultAsync(cancellationToken);
}
