using Marketplace.Accounts;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ListCooperativesForReview;

public sealed record CooperativeForReview(int Id, string Name, string? RegistrationNumber, string ProvinceCode, DateTime? VerifiedAtUtc, int Products);

/// <summary>Every cooperative for an organiser to review, the unverified ones first.</summary>
public sealed class ListCooperativesForReviewHandler(MarketplaceDbContext db)
{
    public async Task<IReadOnlyList<CooperativeForReview>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Type == OrganisationType.Cooperative)
            .OrderBy(o => o.VerifiedAtUtc != null).ThenBy(o => o.Name)
            .Select(o => new CooperativeForReview(o.Id, o.Name, o.RegistrationNumber, o.ProvinceCode, o.VerifiedAtUtc, db.Products.Count(p => p.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);
}
