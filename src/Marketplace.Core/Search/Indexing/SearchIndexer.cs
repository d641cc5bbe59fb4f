using System.Globalization;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Search.Indexing;

/// <summary>
/// Brings search documents up to date: from the outbox (a batch at a time, in the order changes were saved) or for
/// given ids. The database decides what exists; an entity that is gone or not public is removed from the index.
/// </summary>
public sealed class SearchIndexer(MarketplaceDbContext db, ISearchEngine engine, TimeProvider clock, IEnumerable<IIndexedListener> listeners, ILogger<SearchIndexer> logger)
{
    public const int BatchSize = 500;

    /// <summary>Indexes one batch from the outbox and deletes its entries; returns how many entries it took.</summary>
    /// <exception cref="Exception">The engine failed; the entries stay, with one more attempt counted.</exception>
    public async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        var entries = await db.SearchOutbox.AsNoTracking().OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        var taken = entries.Select(e => e.Id).ToList();
        try
        {
            var places = await PlaceNames.LoadAsync(db, cancellationToken);
            foreach (var group in entries.GroupBy(e => e.Index))
            {
                var ids = group.Select(e => int.Parse(e.EntityId, CultureInfo.InvariantCulture)).Distinct().ToList();
                await RefreshAsync(group.Key, ids, places, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await db.SearchOutbox.Where(o => taken.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Attempts, o => o.Attempts + 1), CancellationToken.None);
            logger.LogWarning(e, "Search engine {Engine} refused a batch of {Count} changes; they stay in the outbox.", engine.Name, entries.Count);
            throw;
        }

        await db.SearchOutbox.Where(o => taken.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
        await TellListenersAsync(entries, cancellationToken);
        return entries.Count;
    }

    /// <summary>A listener's failure is logged, never retried: the index is right, only a notice is late.</summary>
    private async Task TellListenersAsync(List<SearchOutboxEntry> entries, CancellationToken cancellationToken)
    {
        List<int> Ids(string index) => entries.Where(e => e.Index == index).Select(e => int.Parse(e.EntityId, CultureInfo.InvariantCulture)).Distinct().ToList();
        var products = Ids(SearchIndexes.Products);
        var demands = Ids(SearchIndexes.Demands);
        if (products.Count == 0 && demands.Count == 0)
        {
            return;
        }

        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnIndexedAsync(products, demands, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Listener} failed after indexing.", listener.GetType().Name);
            }
        }
    }

    /// <summary>Drains the outbox until it is empty (tests and the reindex command).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (await DrainBatchAsync(cancellationToken) > 0)
        {
        }
    }

    /// <summary>
    /// Re-reads the given entities and indexes or removes each one. A cooperative's products are refreshed with it
    /// unless <paramref name="withProducts"/> is false (a full rebuild does the products index on its own).
    /// </summary>
    internal async Task RefreshAsync(string index, IReadOnlyCollection<int> ids, PlaceNames places, CancellationToken cancellationToken, bool withProducts = true)
    {
        var today = Cultures.TodayInVietnam(clock);
        switch (index)
        {
            case SearchIndexes.Products:
                await ReplaceAsync(index, ids, await new ProductDocuments(db, places, today).BuildAsync(ids, cancellationToken), cancellationToken);
                break;
            case SearchIndexes.Cooperatives:
                await ReplaceAsync(index, ids, await new CooperativeDocuments(db, places, today).BuildAsync(ids, cancellationToken), cancellationToken);

                if (!withProducts)
                {
                    break;
                }

                // A cooperative's name, province, verification and certificates are part of each of its products' documents.
                var productIds = await db.Products.AsNoTracking().Where(p => ids.Contains(p.OrganisationId)).Select(p => p.Id).ToListAsync(cancellationToken);
                foreach (var chunk in productIds.Chunk(BatchSize))
                {
                    await RefreshAsync(SearchIndexes.Products, chunk, places, cancellationToken);
                }

                break;
            case SearchIndexes.Demands:
                await ReplaceAsync(index, ids, await new DemandDocuments(db, places).BuildAsync(ids, cancellationToken), cancellationToken);
                break;
            default:
                logger.LogWarning("Outbox entry for unknown index {Index} ignored.", index);
                break;
        }
    }

    private async Task ReplaceAsync(string index, IReadOnlyCollection<int> ids, List<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count > 0)
        {
            await engine.IndexAsync(index, documents, cancellationToken);
        }

        var kept = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var gone = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).Where(id => !kept.Contains(id)).ToList();
        if (gone.Count > 0)
        {
            await engine.DeleteAsync(index, gone, cancellationToken);
        }
    }
}
