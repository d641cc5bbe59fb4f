using Marketplace.Accounts;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.VerifyCooperative;

/// <summary>An organiser or administrator verifies a cooperative, or withdraws the verification, recording who and when.</summary>
public sealed class VerifyCooperativeHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <param name="verified">False withdraws the verification.</param>
    /// <returns>False when there is no such cooperative.</returns>
    public async Task<bool> HandleAsync(int organisationId, bool verified, string moderatorUserId, CancellationToken cancellationToken)
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
}
