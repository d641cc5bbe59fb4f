using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.UpdateProduct;

/// <summary>Changes what one of the cooperative's own products says; its status and photos stay as they are.</summary>
public sealed class UpdateProductHandler(MarketplaceDbContext db, ProductFormValidator validator, TimeProvider clock)
{
    public async Task<ProductChange> HandleAsync(int organisationId, int productId, ProductForm form, CancellationToken cancellationToken)
    {
        var product = await db.OwnProduct(organisationId, productId).Include(p => p.Certificates).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return ProductChange.NotFound;
        }

        var errors = await validator.ValidateAsync(organisationId, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new ProductChange(productId, errors);
        }

        ProductFormMapping.Apply(product, form, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new ProductChange(productId, []);
    }
}
