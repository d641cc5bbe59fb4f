using Marketplace.Data;
using Marketplace.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Demands.Indexing;

/// <summary>Open demands: stale when the demand changes.</summary>
internal sealed class DemandSearchSource : SearchSource
{
    public override string Index => SearchIndexes.Demands;

    public override IReadOnlyList<SearchTrigger> Triggers { get; } = [SearchTrigger.On<Demand>(d => d.Id)];

    public override IQueryable<int> Ids(MarketplaceDbContext db) => db.Demands.Select(d => d.Id);

    public override Task<List<SearchDocument>> BuildAsync(SearchBuild build, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        new DemandDocuments(build.Db, build.Places).BuildAsync(ids, cancellationToken);
}

public static class DemandsSearchModule
{
    /// <summary>The demands index joins search.</summary>
    public static IServiceCollection AddDemandsSearch(this IServiceCollection services) =>
        services.AddSearchSource<DemandSearchSource>();
}
