using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries;

/// <summary>
/// A request for quotation closes when its buyer has the quotes it wanted, at its deadline, or when the buyer closes
/// it. Its threads still waiting for a quote then expire (each told why); quoted threads stay open for the buyer to
/// accept or decline.
/// </summary>
public sealed class QuotationRequests(MarketplaceDbContext db, InquiryMoves moves, TimeProvider clock)
{
    public async Task CloseIfAnsweredAsync(int inquiryId, CancellationToken cancellationToken)
    {
        var requestId = await db.Inquiries().Where(i => i.Id == inquiryId).Select(i => i.RequestId).SingleOrDefaultAsync(cancellationToken);
        var request = requestId is null ? null : await db.Set<QuotationRequest>().SingleOrDefaultAsync(r => r.Id == requestId && r.ClosedAtUtc == null, cancellationToken);
        if (request is null)
        {
            return;
        }

        var quoted = await db.Inquiries().CountAsync(i => i.RequestId == request.Id && (i.State == InquiryState.Quoted || i.State == InquiryState.Accepted), cancellationToken);
        if (quoted >= request.WantedQuotes)
        {
            await CloseAsync(request, "Inquiries.Request.ClosedEnoughQuotes", cancellationToken);
        }
    }

    /// <summary>The buyer closes its own request; false when it has no such open request.</summary>
    public async Task<bool> CloseByBuyerAsync(int organisationId, int requestId, CancellationToken cancellationToken)
    {
        var request = await db.Set<QuotationRequest>().SingleOrDefaultAsync(r => r.Id == requestId && r.BuyerOrganisationId == organisationId, cancellationToken);
        if (request is null)
        {
            return false;
        }

        if (request.ClosedAtUtc is null)
        {
            await CloseAsync(request, "Inquiries.Request.ClosedByBuyer", cancellationToken);
        }

        return true;
    }

    /// <summary>Requests whose deadline has passed (Vietnam day), for the expiry sweep.</summary>
    public async Task<int> CloseLapsedAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var lapsed = await db.Set<QuotationRequest>().Where(r => r.ClosedAtUtc == null && r.Deadline < today).ToListAsync(cancellationToken);
        foreach (var request in lapsed)
        {
            await CloseAsync(request, "Inquiries.Request.ClosedDeadline", cancellationToken);
        }

        return lapsed.Count;
    }

    /// <param name="reasonKey">Recorded on each waiting thread as the site's words, as a resource key the pages translate.</param>
    private async Task CloseAsync(QuotationRequest request, string reasonKey, CancellationToken cancellationToken)
    {
        request.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var waiting = await db.Inquiries()
            .Where(i => i.RequestId == request.Id && (i.State == InquiryState.Sent || i.State == InquiryState.Viewed || i.State == InquiryState.Answered))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            await moves.ApplyAsSiteAsync(id, InquiryAction.Expire, reasonKey, cancellationToken);
        }
    }
}
