using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.Notify;

/// <summary>A person reads and changes how they hear of their threads by e-mail; only their own row.</summary>
public sealed class NotificationSettings(MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<InquiryEmails> ReadAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<NotificationPreference>().Where(p => p.UserId == userId).Select(p => (InquiryEmails?)p.InquiryEmails).SingleOrDefaultAsync(cancellationToken)
        ?? InquiryEmails.EachEvent;

    /// <returns>False when the choice is not one of <see cref="InquiryEmails"/>.</returns>
    public async Task<bool> ChangeAsync(string userId, InquiryEmails choice, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(choice))
        {
            return false;
        }

        var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preference is null)
        {
            db.Set<NotificationPreference>().Add(preference = new NotificationPreference { UserId = userId });
        }

        // A digest chosen now covers what comes from now on, not the history.
        if (choice == InquiryEmails.DailyDigest && preference.InquiryEmails != InquiryEmails.DailyDigest)
        {
            preference.LastDigestAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        preference.InquiryEmails = choice;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
