using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ListProductsForReview;

public sealed record ProductForReview(int Id, string Name, ProductStatus Status, string? HiddenReason);

/// <summary>A cooperative's published products for an organiser to review, hidden ones included.</summary>
public sealed class ListProductsForReviewHandler(MarketplaceDbContext db)
{
    public async Task<IReadOnlyList<ProductForReview>> HandleAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Status == ProductStatus.Published)
            .OrderBy(p => p.NameVi)
            .Select(p => new ProductForReview(p.Id, p.NameVi, p.Status, p.HiddenReason))
            .ToListAsync(cancellationToken);
}
