using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Demands;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Search;

/// <summary>Which saved changes make which search documents stale.</summary>
internal static class SearchOutboxWriter
{
    /// <summary>A change seen before saving; its key is read after saving, when new rows have their ids.</summary>
    internal sealed record PendingChange(EntityEntry Entry, string Index, Func<object, string> Key);

    public static List<PendingChange> Collect(ChangeTracker tracker)
    {
        var changes = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Product:
                    changes.Add(new(entry, SearchIndexes.Products, e => ((Product)e).Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case ProductCertificate:
                    changes.Add(new(entry, SearchIndexes.Products, e => ((ProductCertificate)e).ProductId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;

                // A cooperative's name, province, verification or certificates show in all its products' documents:
                // the worker rebuilds the cooperative and every product of it from one entry.
                case Organisation { Type: OrganisationType.Cooperative }:
                    changes.Add(new(entry, SearchIndexes.Cooperatives, e => ((Organisation)e).Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case Certificate:
                    changes.Add(new(entry, SearchIndexes.Cooperatives, e => ((Certificate)e).OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case Demand:
                    changes.Add(new(entry, SearchIndexes.Demands, e => ((Demand)e).Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                default:
                    break;
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
