using System.Globalization;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Email.Outbox;

public enum DeliveryOutcome
{
    /// <summary>Already sent, given up, not yet due, or held by another delivery.</summary>
    NotMine,
    Sent,
    Failed,
    GaveUp,
}

/// <summary>
/// Hands outbox entries to the transport. An entry is claimed with one conditional update before it is sent, so the
/// request that wrote it and any number of workers on any number of machines send it once; a failure moves its next
/// attempt on (doubling, up to the longest wait) and a refusal or the last allowed failure gives it up (ADR 0019).
/// </summary>
public sealed class EmailDelivery(MarketplaceDbContext db, IEmailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<EmailDelivery> logger)
{
    public const int BatchSize = 50;

    /// <summary>Longer than any transport's timeout: a claim that outlives it belongs to an attempt that died.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    private IQueryable<EmailOutboxEntry> Outbox => db.Set<EmailOutboxEntry>();

    public async Task<DeliveryOutcome> TryDeliverAsync(long id, CancellationToken cancellationToken)
    {
        var now = Now;
        var claimedUntil = now + ClaimFor;
        var claimed = await Outbox
            .Where(Due(now)).Where(e => e.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedUntilUtc, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return DeliveryOutcome.NotMine;
        }

        var entry = await Outbox.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        try
        {
            await transport.DeliverAsync(Outgoing(entry), cancellationToken);
        }
        catch (EmailRefusedException refused)
        {
            logger.LogError(refused, "E-mail {EntryId} to {To} refused for good; not retried.", id, entry.To);
            await EndAsync(id, Shorten(refused), sent: false);
            return DeliveryOutcome.GaveUp;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return await FailedAsync(entry, failure);
        }

        await EndAsync(id, error: null, sent: true);
        return DeliveryOutcome.Sent;
    }

    /// <summary>One pass of the worker: what is due, oldest first, until the transport fails; then old sent mail is pruned.</summary>
    /// <returns>How many messages went.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var due = await Outbox.AsNoTracking().Where(Due(now))
            .OrderBy(e => e.NextAttemptAtUtc).ThenBy(e => e.Id).Select(e => e.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var outcome = await TryDeliverAsync(id, cancellationToken);
            if (outcome == DeliveryOutcome.Sent)
            {
                sent++;
            }
            else if (outcome == DeliveryOutcome.Failed)
            {
                // The server is most likely down: the rest wait for the next pass and keep their attempts.
                break;
            }
        }

        var keepFrom = now.AddDays(-options.Value.KeepSentDays);
        await Outbox.Where(e => e.SentAtUtc < keepFrom).ExecuteDeleteAsync(cancellationToken);
        return sent;
    }

    /// <summary>The message id a receiver sees on every attempt: the entry and the moment it was written.</summary>
    public static string MessageIdOf(EmailOutboxEntry entry, string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "marketplace.local";
        return string.Create(CultureInfo.InvariantCulture, $"outbox-{entry.Id}-{entry.CreatedAtUtc:yyyyMMddHHmmssfff}@{domain}");
    }

    /// <summary>Not sent, not given up, its next attempt come, and no live claim: what the claim and the worker both ask.</summary>
    private static System.Linq.Expressions.Expression<Func<EmailOutboxEntry, bool>> Due(DateTime now) =>
        e => e.SentAtUtc == null && e.GaveUpAtUtc == null && e.NextAttemptAtUtc <= now && (e.ClaimedUntilUtc == null || e.ClaimedUntilUtc < now);

    private OutgoingEmail Outgoing(EmailOutboxEntry entry) => new(
        new EmailMessage(entry.To, entry.ToName, entry.Subject, entry.TextBody, entry.HtmlBody),
        MessageIdOf(entry, options.Value.From),
        new DateTimeOffset(DateTime.SpecifyKind(entry.CreatedAtUtc, DateTimeKind.Utc)));

    private async Task<DeliveryOutcome> FailedAsync(EmailOutboxEntry entry, Exception failure)
    {
        var settings = options.Value;
        var attempts = entry.Attempts + 1;
        if (attempts >= settings.MaxAttempts)
        {
            logger.LogError(failure, "E-mail {EntryId} to {To} failed {Attempts} times; given up.", entry.Id, entry.To, attempts);
            await EndAsync(entry.Id, Shorten(failure), sent: false);
            return DeliveryOutcome.GaveUp;
        }

        var wait = WaitAfter(attempts, settings);
        var next = Now + wait;
        logger.LogWarning(failure, "E-mail {EntryId} failed (attempt {Attempts}); trying again in {Seconds} s.", entry.Id, attempts, wait.TotalSeconds);
        var error = Shorten(failure);

        // Not the caller's token: a request that ends now must still leave the entry free for the worker.
        await Outbox.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.Attempts, attempts).SetProperty(e => e.NextAttemptAtUtc, next)
                .SetProperty(e => e.ClaimedUntilUtc, (DateTime?)null).SetProperty(e => e.LastError, error),
            CancellationToken.None);
        return DeliveryOutcome.Failed;
    }

    /// <summary>The first wait, doubled after each further failure, never longer than the longest wait.</summary>
    public static TimeSpan WaitAfter(int attempts, EmailOptions settings)
    {
        var first = TimeSpan.FromSeconds(settings.FirstRetrySeconds);
        var longest = TimeSpan.FromMinutes(settings.LongestRetryMinutes);
        var doublings = Math.Min(attempts - 1, 30);
        var wait = first * Math.Pow(2, doublings);
        return wait < longest ? wait : longest;
    }

    private Task EndAsync(long id, string? error, bool sent)
    {
        DateTime? now = Now;
        var sentAt = sent ? now : null;
        var gaveUpAt = sent ? null : now;
        return Outbox.Where(e => e.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.Attempts, e => e.Attempts + 1).SetProperty(e => e.ClaimedUntilUtc, (DateTime?)null)
                .SetProperty(e => e.SentAtUtc, sentAt).SetProperty(e => e.GaveUpAtUtc, gaveUpAt)
                .SetProperty(e => e.LastError, error),
            CancellationToken.None);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Shorten(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length <= EmailOutboxEntry.LastErrorLength ? text : text[..EmailOutboxEntry.LastErrorLength];
    }
}
