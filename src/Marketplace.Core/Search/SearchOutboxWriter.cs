using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Search;

/// <summary>Which saved changes make which search documents stale: the triggers the modules registered (ADR 0010).</summary>
internal static class SearchOutboxWriter
{
    /// <summary>A change seen before saving; its key is read after saving, when new rows have their ids.</summary>
    internal sealed record PendingChange(EntityEntry Entry, string Index, Func<object, string> Key);

    public static List<PendingChange> Collect(ChangeTracker tracker, SearchSources sources)
    {
        var changes = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            foreach (var (trigger, index) in sources.For(entry))
            {
                changes.Add(new(entry, index, e => trigger.Key(e).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return changes;
    }

    public static IEnumerable<SearchOutboxEntry> Entries(IEnumerable<PendingChange> changes, DateTime nowUtc) =>
        changes
            .Select(c => (c.Index, Id: c.Key(c.Entry.Entity)))
            .Distinct()
            .Select(c => new SearchOutboxEntry { Index = c.Index, EntityId = c.Id, EnqueuedAtUtc = nowUtc });
}
