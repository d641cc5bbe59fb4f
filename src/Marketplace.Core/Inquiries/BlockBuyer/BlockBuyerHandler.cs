using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.BlockBuyer;

/// <summary>
/// A cooperative stops a buyer company from sending it inquiries, from one of their threads (it only knows the buyer
/// through one), or lets it again. Threads already there stay readable.
/// </summary>
public sealed class BlockBuyerHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <returns>False when the organisation is not the cooperative of the thread.</returns>
    public async Task<bool> HandleAsync(int organisationId, string userId, int inquiryId, bool block, CancellationToken cancellationToken)
    {
        var buyer = await db.Inquiries().Where(i => i.Id == inquiryId && i.CooperativeOrganisationId == organisationId).Select(i => (int?)i.BuyerOrganisationId).SingleOrDefaultAsync(cancellationToken);
        if (buyer is null)
        {
            return false;
        }

        var existing = await db.Set<BuyerBlock>().SingleOrDefaultAsync(b => b.CooperativeOrganisationId == organisationId && b.BuyerOrganisationId == buyer, cancellationToken);
        if (block && existing is null)
        {
            db.Set<BuyerBlock>().Add(new BuyerBlock { CooperativeOrganisationId = organisationId, BuyerOrganisationId = buyer.Value, ByUserId = userId, AtUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (!block && existing is not null)
        {
            db.Set<BuyerBlock>().Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
