using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Catalogue.Indexing;

/// <summary>Public products: stale when the product or one of its certificate links changes.</summary>
internal sealed class ProductSearchSource : SearchSource
{
    public override string Index => SearchIndexes.Products;

    public override IReadOnlyList<SearchTrigger> Triggers { get; } =
    [
        SearchTrigger.On<Product>(p => p.Id),
        SearchTrigger.On<ProductCertificate>(pc => pc.ProductId),
    ];

    public override IQueryable<int> Ids(MarketplaceDbContext db) => db.Products.Select(p => p.Id);

    public override Task<List<SearchDocument>> BuildAsync(SearchBuild build, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        new ProductDocuments(build.Db, build.Places, build.Today).BuildAsync(ids, cancellationToken);
}

/// <summary>
/// Cooperatives that are not hidden: stale when the cooperative or one of its certificates changes. Its name, province,
/// verification and certificates are part of each of its products' documents, so those are refreshed with it.
/// </summary>
internal sealed class CooperativeSearchSource : SearchSource
{
    public override string Index => SearchIndexes.Cooperatives;

    public override IReadOnlyList<SearchTrigger> Triggers { get; } =
    [
        SearchTrigger.On<Organisation>(o => o.Id, when: o => o.Type == OrganisationType.Cooperative),
        SearchTrigger.On<Certificate>(c => c.OrganisationId),
    ];

    public override IQueryable<int> Ids(MarketplaceDbContext db) =>
        db.Organisations.Where(o => o.Type == OrganisationType.Cooperative).Select(o => o.Id);

    public override Task<List<SearchDocument>> BuildAsync(SearchBuild build, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        new CooperativeDocuments(build.Db, build.Places, build.Today).BuildAsync(ids, cancellationToken);

    public override async Task<IReadOnlyList<(string Index, IReadOnlyList<int> Ids)>> ImpliedAsync(MarketplaceDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.OrganisationId)).Select(p => p.Id).ToListAsync(cancellationToken);
        return [(SearchIndexes.Products, products)];
    }
}

public static class CatalogueSearchModule
{
    /// <summary>The catalogue's indexes (products, cooperatives) join search.</summary>
    public static IServiceCollection AddCatalogueSearch(this IServiceCollection services) =>
        services.AddSearchSource<ProductSearchSource>().AddSearchSource<CooperativeSearchSource>();
}
