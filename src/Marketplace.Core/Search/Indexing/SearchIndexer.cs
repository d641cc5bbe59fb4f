using System.Globalization;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Search.Indexing;

/// <summary>
/// Brings search documents up to date: from the outbox (a batch at a time, in the order changes were saved) or for
/// given ids. The database decides what exists; an entity that is gone or not public is removed from the index.
/// A batch the engine refuses is retried change by change, so the good ones go through and a change that keeps
/// failing while others succeed is parked after <see cref="SearchOptions.OutboxMaxAttempts"/> attempts (ADR 0011).
/// </summary>
public sealed class SearchIndexer(
    MarketplaceDbContext db,
    ISearchEngine engine,
    TimeProvider clock,
    IEnumerable<IIndexedListener> listeners,
    IOptions<SearchOptions> options,
    SearchSources sources,
    ILogger<SearchIndexer> logger)
{
    public const int BatchSize = 500;

    /// <summary>
    /// Indexes one batch from the outbox (parked entries aside) and deletes the entries it took; returns how many
    /// entries it settled (indexed or parked).
    /// </summary>
    /// <exception cref="Exception">
    /// The engine failed and nothing was settled (it is down, or every change failed): the entries stay, with one
    /// more attempt counted, and the caller backs off.
    /// </exception>
    public async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        var entries = await db.SearchOutbox.AsNoTracking().Where(e => e.ParkedAtUtc == null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        var places = await PlaceNames.LoadAsync(db, cancellationToken);
        try
        {
            foreach (var group in entries.GroupBy(e => e.Index))
            {
                var ids = group.Select(e => int.Parse(e.EntityId, CultureInfo.InvariantCulture)).Distinct().ToList();
                await RefreshAsync(group.Key, ids, places, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A lone change that keeps failing is parked too; an engine that does not answer parks nothing.
            if (IsUnavailable(e) || entries.DistinctBy(o => (o.Index, o.EntityId)).Count() == 1)
            {
                var parked = await FailedAsync(entries, e, mayPark: !IsUnavailable(e), cancellationToken);
                if (parked == 0)
                {
                    throw;
                }

                return parked;
            }

            logger.LogWarning(e, "Search engine {Engine} refused a batch of {Count} changes; trying them one by one.", engine.Name, entries.Count);
            return await OneByOneAsync(entries, places, cancellationToken);
        }

        await db.SearchOutbox.Where(o => entries.Select(e => e.Id).Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
        await TellListenersAsync(entries, cancellationToken);
        return entries.Count;
    }

    /// <summary>
    /// After a refused batch: each change on its own, so one bad document does not hold up the others. Stops at the
    /// first sign that the engine itself is down, counting an attempt for what is left but parking nothing.
    /// </summary>
    private async Task<int> OneByOneAsync(List<SearchOutboxEntry> entries, PlaceNames places, CancellationToken cancellationToken)
    {
        var done = new List<SearchOutboxEntry>();
        var failed = new List<(List<SearchOutboxEntry> Entries, Exception Error)>();
        var changes = entries.GroupBy(e => (e.Index, e.EntityId)).Select(g => g.ToList()).ToList();
        Exception? down = null;
        foreach (var change in changes)
        {
            try
            {
                await RefreshAsync(change[0].Index, [int.Parse(change[0].EntityId, CultureInfo.InvariantCulture)], places, cancellationToken);
                done.AddRange(change);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (IsUnavailable(e))
                {
                    down = e;
                    break;
                }

                failed.Add((change, e));
            }
        }

        if (done.Count > 0)
        {
            await db.SearchOutbox.Where(o => done.Select(e => e.Id).Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
            await TellListenersAsync(done, cancellationToken);
        }

        // Only a change that fails while others go through is the change's fault; when every one fails (a full
        // disk, a broken mapping) the attempts are counted and nothing is parked.
        var parked = 0;
        foreach (var (change, error) in failed)
        {
            parked += await FailedAsync(change, error, mayPark: done.Count > 0, cancellationToken);
        }

        if (down is not null)
        {
            var untried = entries.Except(done).Except(failed.SelectMany(f => f.Entries)).ToList();
            await FailedAsync(untried, down, mayPark: false, cancellationToken);
        }

        var settled = done.Count + parked;
        if (settled == 0)
        {
            throw down ?? failed[0].Error;
        }

        return settled;
    }

    /// <summary>Counts one more attempt and keeps the error; parks the entries that have reached the limit.</summary>
    /// <returns>How many entries were parked.</returns>
    private async Task<int> FailedAsync(List<SearchOutboxEntry> entries, Exception error, bool mayPark, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Id).ToList();
        var message = Shorten($"{error.GetType().Name}: {error.Message}");
        await db.SearchOutbox.Where(o => ids.Contains(o.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Attempts, o => o.Attempts + 1).SetProperty(o => o.LastError, message), CancellationToken.None);
        if (!mayPark)
        {
            logger.LogWarning(error, "Search engine {Engine} failed; {Count} changes stay in the outbox.", engine.Name, entries.Count);
            return 0;
        }

        var limit = options.Value.OutboxMaxAttempts;
        var now = clock.GetUtcNow().UtcDateTime;
        var parked = await db.SearchOutbox.Where(o => ids.Contains(o.Id) && o.Attempts >= limit)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ParkedAtUtc, now), CancellationToken.None);
        if (parked > 0)
        {
            logger.LogError(error, "Search engine {Engine} refused {Index} {EntityId} {Attempts} times; parked until the next reindex.", engine.Name, entries[0].Index, entries[0].EntityId, limit);
        }
        else
        {
            logger.LogWarning(error, "Search engine {Engine} refused {Index} {EntityId}; it stays in the outbox.", engine.Name, entries[0].Index, entries[0].EntityId);
        }

        return parked;
    }

    /// <summary>The engine did not answer at all (down, unreachable, timed out), as opposed to refusing one change.</summary>
    private static bool IsUnavailable(Exception error) =>
        error is SearchUnavailableException or HttpRequestException or TimeoutException or System.Net.Sockets.SocketException
        || (error.InnerException is { } inner && IsUnavailable(inner));

    private static string Shorten(string text) =>
        text.Length <= SearchOutboxEntry.LastErrorLength ? text : text[..(SearchOutboxEntry.LastErrorLength - 1)] + "…";

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
    /// Re-reads the given entities and indexes or removes each one, with the documents of other indexes that show
    /// them (a cooperative's products) unless <paramref name="withImplied"/> is false (a full rebuild does each index
    /// on its own).
    /// </summary>
    internal async Task RefreshAsync(string index, IReadOnlyCollection<int> ids, PlaceNames places, CancellationToken cancellationToken, bool withImplied = true)
    {
        if (sources.Find(index) is not { } source)
        {
            logger.LogWarning("Outbox entry for unknown index {Index} ignored.", index);
            return;
        }

        var build = new SearchBuild(db, places, Cultures.TodayInVietnam(clock));
        await ReplaceAsync(index, ids, await source.BuildAsync(build, ids, cancellationToken), cancellationToken);
        if (!withImplied)
        {
            return;
        }

        foreach (var (other, otherIds) in await source.ImpliedAsync(db, ids, cancellationToken))
        {
            foreach (var chunk in otherIds.Chunk(BatchSize))
            {
                await RefreshAsync(other, chunk, places, cancellationToken);
            }
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
