using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>The site's search outbox, read from the benchmark's side: empty means the index has caught up.</summary>
internal static class Outbox
{
    public static async Task WaitUntilEmptyAsync(MarketplaceDbContext db, TimeSpan limit, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await db.SearchOutbox.AnyAsync(cancellationToken))
        {
            if (waited.Elapsed > limit)
            {
                var pending = await db.SearchOutbox.CountAsync(cancellationToken);
                throw new BenchmarkException($"The site's search outbox still holds {pending} changes after {limit.TotalSeconds:0} s; its indexing worker is not keeping up (see its log).");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
