using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Email.Outbox;

/// <summary>Every quarter minute: the messages whose next attempt is due (the first retry waits a minute).</summary>
internal sealed class EmailOutboxWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EmailOutboxWorker> logger) : Workers.PeriodicWorker(scopes, clock, logger)
{
    protected override TimeSpan Every => TimeSpan.FromSeconds(15);

    protected override string Work => "E-mail delivery";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<EmailDelivery>().DeliverDueAsync(cancellationToken);
}

/// <summary>What waits in the e-mail outbox, for /health: a mail server that is down shows here before anyone complains.</summary>
public sealed record EmailOutboxLag(int Waiting, TimeSpan OldestAge, int GaveUp)
{
    public static async Task<EmailOutboxLag> ReadAsync(MarketplaceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var outbox = db.Set<EmailOutboxEntry>().AsNoTracking();
        var waiting = outbox.Where(e => e.SentAtUtc == null && e.GaveUpAtUtc == null);
        var count = await waiting.CountAsync(cancellationToken);
        var oldest = await waiting.MinAsync(e => (DateTime?)e.CreatedAtUtc, cancellationToken);
        var gaveUp = await outbox.CountAsync(e => e.GaveUpAtUtc != null, cancellationToken);
        var age = oldest is { } o ? clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(o, DateTimeKind.Utc) : TimeSpan.Zero;
        return new EmailOutboxLag(count, age < TimeSpan.Zero ? TimeSpan.Zero : age, gaveUp);
    }
}

public static class EmailOutboxModule
{
    /// <summary>The e-mail port as the outbox; a transport (pickup folder or SMTP) is registered beside it.</summary>
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services, bool runWorker)
    {
        services.AddScoped<EmailDelivery>().AddScoped<IEmailSender, OutboxEmailSender>();
        return runWorker ? services.AddHostedService<EmailOutboxWorker>() : services;
    }
}
