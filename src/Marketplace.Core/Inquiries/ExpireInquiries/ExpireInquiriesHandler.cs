using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Inquiries.ExpireInquiries;

/// <summary>
/// Threads end by themselves, on the Vietnam calendar: one still waiting for a quote the day after its deadline, a
/// quoted one the day after its current quotation's validity date (a lapsed quote cannot be accepted; the
/// cooperative may have quoted again before). Requests for quotation close the day after their deadline.
/// </summary>
public sealed class ExpireInquiriesHandler(MarketplaceDbContext db, InquiryMoves moves, QuotationRequests requests, TimeProvider clock)
{
    /// <returns>How many threads expired.</returns>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        await requests.CloseLapsedAsync(today, cancellationToken);
        var waiting = await db.Inquiries()
            .Where(i => (i.State == InquiryState.Sent || i.State == InquiryState.Viewed || i.State == InquiryState.Answered) && i.Deadline < today)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var lapsedQuotes = await db.Inquiries()
            .Where(i => i.State == InquiryState.Quoted && !i.Quotations.Any(q => q.SupersededAtUtc == null && q.ValidUntil >= today))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var (id, reason) in waiting.Select(id => (id, "Inquiries.Expired.Deadline")).Concat(lapsedQuotes.Select(id => (id, "Inquiries.Expired.QuoteLapsed"))))
        {
            if ((await moves.ApplyAsSiteAsync(id, InquiryAction.Expire, reason, cancellationToken)).Succeeded)
            {
                expired++;
            }
        }

        return expired;
    }
}

/// <summary>Runs the expiry and the daily digests every few minutes; the rules live in the handlers.</summary>
internal sealed class InquiryWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InquiryWorker> logger) : Workers.PeriodicWorker(scopes, clock, logger)
{
    protected override TimeSpan Every => TimeSpan.FromMinutes(5);

    protected override string Work => "Inquiry expiry and digests";

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ExpireInquiriesHandler>().HandleAsync(cancellationToken)
        + await services.GetRequiredService<Notify.InquiryDigest>().SendDueAsync(cancellationToken);
}
