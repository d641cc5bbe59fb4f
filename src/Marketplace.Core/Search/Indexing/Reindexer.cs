using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Search.Indexing;

/// <summary>Rebuilds indexes from the database: after a restore, a change of engine, or an index that was lost.</summary>
public sealed class Reindexer(MarketplaceDbContext db, ISearchEngine engine, SearchIndexer indexer, SearchSources sources)
{
    /// <summary>The indexes the modules registered, in their order.</summary>
    public IReadOnlyList<string> Indexes => sources.Indexes;

    /// <summary>Empties the index and indexes every entity again; reports the number done after each batch.</summary>
    /// <exception cref="ArgumentException">No module registered <paramref name="index"/>.</exception>
    public async Task<int> RebuildAsync(string index, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var source = sources.Get(index);

        // Changes saved before the rebuild starts are covered by it; later ones stay in the outbox for the worker.
        var coveredUpTo = await db.SearchOutbox.Where(e => e.Index == index).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        await engine.ResetAsync(index, cancellationToken);
        var places = await PlaceNames.LoadAsync(db, cancellationToken);
        var ids = source.Ids(db);

        var done = 0;
        var after = 0;
        while (true)
        {
            var batch = await ids.Where(id => id > after).OrderBy(id => id).Take(SearchIndexer.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await indexer.RefreshAsync(index, batch, places, cancellationToken, withImplied: false);
            done += batch.Count;
            after = batch[^1];
            progress?.Report(done);
        }

        // Parked entries of this index are among them: the rebuild has just indexed (or removed) their entities too.
        await db.SearchOutbox.Where(e => e.Index == index && e.Id <= coveredUpTo).ExecuteDeleteAsync(cancellationToken);
        return done;
    }
}
