using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ListCertificates;

/// <summary>The certificates the cooperative holds, the longest valid first.</summary>
public sealed class ListCertificatesHandler(MarketplaceDbContext db)
{
    public async Task<IReadOnlyList<Certificate>> HandleAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Certificates.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.ValidUntil).ToListAsync(cancellationToken);
}
