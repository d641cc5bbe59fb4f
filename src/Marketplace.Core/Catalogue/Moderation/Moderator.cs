using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Moderation;

public sealed record CooperativeForReview(int Id, string Name, string? RegistrationNumber, string ProvinceCode, DateTime? VerifiedAtUtc, int Products);

public sealed record ProductForReview(int Id, string Name, ProductStatus Status, string? HiddenReason);

/// <summary>What organisers and administrators do to keep the catalogue trustworthy: verify cooperatives, hide products with a reason.</summary>
public sealed class Moderator(MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CooperativeForReview>> CooperativesAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Type == OrganisationType.Cooperative)
            .OrderBy(o => o.VerifiedAtUtc != null).ThenBy(o => o.Name)
            .Select(o => new CooperativeForReview(o.Id, o.Name, o.RegistrationNumber, o.ProvinceCode, o.VerifiedAtUtc, db.Products.Count(p => p.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ProductForReview>> ProductsOfAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Status == ProductStatus.Published)
            .OrderBy(p => p.NameVi)
            .Select(p => new ProductForReview(p.Id, p.NameVi, p.Status, p.HiddenReason))
            .ToListAsync(cancellationToken);

    /// <summary>Records who verified the cooperative and when; <paramref name="verified"/> false withdraws it.</summary>
    public async Task<bool> SetVerifiedAsync(int organisationId, bool verified, string moderatorUserId, CancellationToken cancellationToken)
    {
        var cooperative = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId && o.Type == OrganisationType.Cooperative, cancellationToken);
        if (cooperative is null)
        {
            return false;
        }

        cooperative.VerifiedAtUtc = verified ? clock.GetUtcNow().UtcDateTime : null;
        cooperative.VerifiedByUserId = verified ? moderatorUserId : null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Hides a product from the public with a reason its cooperative reads; an empty reason is refused.</summary>
    public async Task<bool> HideProductAsync(int productId, string reason, string moderatorUserId, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        var cleaned = TextNormalizer.Clean(reason);
        if (product is null || cleaned.Length == 0)
        {
            return false;
        }

        product.HiddenReason = cleaned.Length > 1000 ? cleaned[..1000] : cleaned;
        product.HiddenAtUtc = clock.GetUtcNow().UtcDateTime;
        product.HiddenByUserId = moderatorUserId;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ShowProductAsync(int productId, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return false;
        }

        product.HiddenReason = null;
        product.HiddenAtUtc = null;
        product.HiddenByUserId = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
