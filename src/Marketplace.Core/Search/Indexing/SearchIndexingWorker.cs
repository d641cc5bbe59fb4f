using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Search.Indexing;

/// <summary>
/// Drains the search outbox: looks every quarter second (so a saved change is searchable within a second), backs
/// off while the engine fails (up to half a minute) and catches up when it answers again. Once a day it also queues
/// the cooperatives whose certificates lapsed, so the "valid certificate" facet does not keep yesterday's answer.
/// </summary>
internal sealed class SearchIndexingWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchIndexingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(30);

    private DateOnly sweptOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backOff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SweepLapsedCertificatesAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), stoppingToken);
                var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
                while (await indexer.DrainBatchAsync(stoppingToken) > 0)
                {
                }

                backOff = TimeSpan.Zero;
                await Task.Delay(Idle, clock, stoppingToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && stoppingToken.IsCancellationRequested)
            {
                // Stopping: the pass ends here, and an engine already closed is no failure to back off from.
                return;
            }
            catch (Exception e)
            {
                backOff = backOff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, LongestBackOff.Ticks));
                logger.LogWarning(e, "Search indexing paused for {Seconds} s.", backOff.TotalSeconds);
                await Task.Delay(backOff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task SweepLapsedCertificatesAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        if (sweptOn == today)
        {
            return;
        }

        // A week back covers a site that was down for a few days.
        var lapsed = await db.Certificates.AsNoTracking()
            .Where(c => c.ValidUntil < today && c.ValidUntil >= today.AddDays(-7))
            .Select(c => c.OrganisationId).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.SearchOutbox.AddRange(lapsed.Select(id => new SearchOutboxEntry
        {
            Index = SearchIndexes.Cooperatives,
            EntityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EnqueuedAtUtc = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        sweptOn = today;
    }
}

/// <summary>How far the index is behind the database, and how many changes are parked until a reindex, for /health.</summary>
public sealed record SearchOutboxLag(int Pending, TimeSpan OldestAge, int Parked = 0)
{
    public static async Task<SearchOutboxLag> ReadAsync(MarketplaceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var waiting = db.SearchOutbox.Where(e => e.ParkedAtUtc == null);
        var pending = await waiting.CountAsync(cancellationToken);
        var oldest = await waiting.MinAsync(e => (DateTime?)e.EnqueuedAtUtc, cancellationToken);
        var parked = await db.SearchOutbox.CountAsync(e => e.ParkedAtUtc != null, cancellationToken);
        var age = oldest is { } o ? clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(o, DateTimeKind.Utc) : TimeSpan.Zero;
        return new SearchOutboxLag(pending, age < TimeSpan.Zero ? TimeSpan.Zero : age, parked);
    }
}

public static class SearchIndexingModule
{
    /// <summary>The indexer, the rebuild command's service and the background worker, for whichever engine is registered.</summary>
    public static IServiceCollection AddSearchIndexing(this IServiceCollection services, bool runWorker) =>
        runWorker
            ? services.AddScoped<SearchIndexer>().AddScoped<Reindexer>().AddHostedService<SearchIndexingWorker>()
            : services.AddScoped<SearchIndexer>().AddScoped<Reindexer>();
}
