using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ListOwnProducts;

/// <summary>A cooperative's own products, drafts first, the latest change first within each status.</summary>
public sealed class ListOwnProductsHandler(MarketplaceDbContext db)
{
    public async Task<IReadOnlyList<OwnProduct>> HandleAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.Status).ThenByDescending(p => p.UpdatedAtUtc)
            .Select(p => new OwnProduct(p.Id, p.NameVi, p.NameEn, p.Status, p.HiddenAtUtc != null))
            .ToListAsync(cancellationToken);
}

/// <summary>One line of the cooperative's product list: what the page shows, not the entity.</summary>
public sealed record OwnProduct(int Id, string NameVi, string? NameEn, ProductStatus Status, bool Hidden)
{
    public string Name(bool english) => Bilingual.Pick(NameVi, NameEn, english);
}
