using Marketplace.Data;
using Marketplace.Demands;
using Marketplace.Localization;
using Marketplace.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Matching;

/// <summary>
/// After changes are searchable: a new or changed open demand is announced to the cooperatives whose products match
/// it; a new or changed product to the buyers whose open demands it fits. Each (recipient, demand, product) once.
/// </summary>
internal sealed class MatchNotifier(DemandMatcher matcher, MarketplaceDbContext db, TimeProvider clock) : IIndexedListener
{
    /// <summary>As many as a person reads: the best matches, not every product of a category.</summary>
    public const int MatchesPerChange = 20;

    public async Task OnIndexedAsync(IReadOnlyCollection<int> productIds, IReadOnlyCollection<int> demandIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Cultures.TodayInVietnam(clock);
        var found = new List<MatchNotification>();
        var demands = await db.Demands.AsNoTracking()
            .Where(d => demandIds.Contains(d.Id) && d.Status == DemandStatus.Open && d.ValidUntil >= today)
            .ToListAsync(cancellationToken);
        foreach (var demand in demands)
        {
            var matches = await matcher.ForDemandAsync(demand, MatchesPerChange, cancellationToken);
            found.AddRange(matches.Select(m => Notification(m.OrganisationId, MatchDirection.DemandForCooperative, demand.Id, m.ProductId, now)));
        }

        foreach (var productId in productIds)
        {
            var matches = await matcher.ForProductAsync(productId, MatchesPerChange, cancellationToken);
            found.AddRange(matches.Select(m => Notification(m.BuyerOrganisationId, MatchDirection.SupplyForBuyer, m.DemandId, productId, now)));
        }

        await SaveNewAsync(found, cancellationToken);
    }

    private static MatchNotification Notification(int recipient, MatchDirection direction, int demandId, int productId, DateTime now) =>
        new() { RecipientOrganisationId = recipient, Direction = direction, DemandId = demandId, ProductId = productId, CreatedAtUtc = now };

    /// <summary>Skips pairs already told; the unique index is the backstop if two workers race.</summary>
    private async Task SaveNewAsync(List<MatchNotification> found, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return;
        }

        var demandIds = found.Select(f => f.DemandId).Distinct().ToList();
        var existing = (await db.MatchNotifications.AsNoTracking()
                .Where(n => demandIds.Contains(n.DemandId))
                .Select(n => new { n.RecipientOrganisationId, n.DemandId, n.ProductId })
                .ToListAsync(cancellationToken))
            .Select(n => (n.RecipientOrganisationId, n.DemandId, n.ProductId))
            .ToHashSet();
        var fresh = found.DistinctBy(f => (f.RecipientOrganisationId, f.DemandId, f.ProductId))
            .Where(f => !existing.Contains((f.RecipientOrganisationId, f.DemandId, f.ProductId)))
            .ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        // Another worker (or a drain run by hand) may tell the same match at the same moment: the unique key decides,
        // quietly. ON CONFLICT DO NOTHING reads the same in SQLite and PostgreSQL.
        foreach (var n in fresh)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "MatchNotifications" ("RecipientOrganisationId", "Direction", "DemandId", "ProductId", "CreatedAtUtc") VALUES ({n.RecipientOrganisationId}, {(int)n.Direction}, {n.DemandId}, {n.ProductId}, {n.CreatedAtUtc}) ON CONFLICT DO NOTHING""",
                cancellationToken);
        }
    }
}
