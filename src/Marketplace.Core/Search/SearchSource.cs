using Marketplace.Data;
using Marketplace.Search.Indexing;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marketplace.Search;

/// <summary>A saved entity whose change makes a document of an index stale, and that document's key (ADR 0010).</summary>
internal sealed record SearchTrigger(Type EntityType, Func<object, bool> Applies, Func<object, int> Key)
{
    public static SearchTrigger On<T>(Func<T, int> key, Func<T, bool>? when = null)
        where T : class =>
        new(typeof(T), e => when is null || when((T)e), e => key((T)e));
}

/// <summary>What a document builder is given: the database, the place and category texts, and today in Vietnam.</summary>
internal sealed record SearchBuild(MarketplaceDbContext Db, PlaceNames Places, DateOnly Today);

/// <summary>
/// One index a module keeps: which saved changes make its documents stale, which entities it holds (for a full
/// rebuild), how to build their documents, and which documents of other indexes show what it holds. The search
/// core only iterates these; a module registers its own with <see cref="SearchSourceRegistration.AddSearchSource{T}"/>.
/// </summary>
internal abstract class SearchSource
{
    public abstract string Index { get; }

    public abstract IReadOnlyList<SearchTrigger> Triggers { get; }

    /// <summary>Every candidate id for a rebuild; <see cref="BuildAsync"/> decides which of them get a document.</summary>
    public abstract IQueryable<int> Ids(MarketplaceDbContext db);

    /// <summary>The documents of those ids that should be searchable; an id without one is removed from the index.</summary>
    public abstract Task<List<SearchDocument>> BuildAsync(SearchBuild build, IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>Documents of other indexes that show these entities and are refreshed with them (not in a full rebuild).</summary>
    public virtual Task<IReadOnlyList<(string Index, IReadOnlyList<int> Ids)>> ImpliedAsync(MarketplaceDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(string, IReadOnlyList<int>)>>([]);
}

/// <summary>Every registered <see cref="SearchSource"/>: what the DbContext, the indexer and the rebuild ask.</summary>
public sealed class SearchSources
{
    private readonly Dictionary<string, SearchSource> byIndex;

    internal SearchSources(IEnumerable<SearchSource> sources)
    {
        var all = sources.ToList();
        byIndex = all.ToDictionary(s => s.Index, StringComparer.Ordinal);
        Triggers = all.SelectMany(s => s.Triggers.Select(t => (t, s.Index))).ToList();
        Indexes = all.Select(s => s.Index).ToList();
    }

    /// <summary>No index at all: for the design-time DbContext, which never saves searchable changes.</summary>
    internal static SearchSources None { get; } = new([]);

    /// <summary>The index names, in the order the modules registered them.</summary>
    public IReadOnlyList<string> Indexes { get; }

    internal IReadOnlyList<(SearchTrigger Trigger, string Index)> Triggers { get; }

    internal SearchSource? Find(string index) => byIndex.GetValueOrDefault(index);

    /// <exception cref="ArgumentException">No module registered the index; the message lists the known ones.</exception>
    internal SearchSource Get(string index) =>
        Find(index) ?? throw new ArgumentException($"Unknown index '{index}'. Known: {string.Join(", ", Indexes)}.", nameof(index));

    /// <summary>Which triggers an entry of the change tracker fires.</summary>
    internal IEnumerable<(SearchTrigger Trigger, string Index)> For(EntityEntry entry) =>
        Triggers.Where(t => t.Trigger.EntityType.IsInstanceOfType(entry.Entity) && t.Trigger.Applies(entry.Entity));
}

public static class SearchSourceRegistration
{
    /// <summary>Adds a module's index to search: the outbox, the indexer and <c>reindex</c> take it from here.</summary>
    internal static IServiceCollection AddSearchSource<T>(this IServiceCollection services)
        where T : SearchSource, new()
    {
        services.AddSingleton<SearchSource, T>();
        services.TryAddSingleton(sp => new SearchSources(sp.GetServices<SearchSource>()));
        return services;
    }
}
