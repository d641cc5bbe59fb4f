using Marketplace.Data;

namespace Marketplace.Catalogue.CreateProduct;

/// <summary>A new product of the cooperative, as a draft with its own trace code.</summary>
public sealed class CreateProductHandler(MarketplaceDbContext db, ProductFormValidator validator, TimeProvider clock)
{
    public async Task<ProductChange> HandleAsync(int organisationId, ProductForm form, CancellationToken cancellationToken)
    {
        var errors = await validator.ValidateAsync(organisationId, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new ProductChange(null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var product = new Product
        {
            OrganisationId = organisationId,
            NameVi = form.NameVi,
            CategoryCode = form.CategoryCode,
            OriginProvinceCode = form.OriginProvinceCode,
            TraceCode = TraceCodes.New(),
            CreatedAtUtc = now,
            Status = ProductStatus.Draft,
        };
        ProductFormMapping.Apply(product, form, now);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return new ProductChange(product.Id, []);
    }
}
