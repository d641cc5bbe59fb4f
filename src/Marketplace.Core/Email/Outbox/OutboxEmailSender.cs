using Marketplace.Data;

namespace Marketplace.Email.Outbox;

/// <summary>
/// Keeps the message first, then tries to deliver it while the caller waits, so a working mail server sends at
/// once (and a test reads the message right after the request) and a failing one loses nothing: the worker retries.
/// </summary>
internal sealed class OutboxEmailSender(MarketplaceDbContext db, EmailDelivery delivery, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new EmailOutboxEntry
        {
            To = message.To,
            ToName = Cut(message.ToName, EmailOutboxEntry.NameLength),
            Subject = Cut(message.Subject, EmailOutboxEntry.SubjectLength),
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
        db.Set<EmailOutboxEntry>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);

        // Delivery changes the row with its own statements; the caller's context need not follow it.
        db.Entry(entry).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        await delivery.TryDeliverAsync(entry.Id, cancellationToken);
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
