using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.LoadOwnProduct;

/// <summary>One of the cooperative's own products as its edit form shows it; null for another cooperative's product.</summary>
public sealed class LoadOwnProductHandler(MarketplaceDbContext db)
{
    public async Task<EditableProduct?> HandleAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).AsNoTracking().Include(p => p.Photos).Include(p => p.Certificates)
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        return product is null
            ? null
            : new EditableProduct(product.Id, ProductFormMapping.ToForm(product), product.Status, product.HiddenReason, [.. product.Photos.OrderBy(p => p.Position)], product.TraceCode);
    }
}
