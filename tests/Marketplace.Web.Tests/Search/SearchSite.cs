using Marketplace.Search;
using Marketplace.Search.Indexing;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Search;

/// <summary>An engine that can be told to fail, in front of the real one: a search server that is down or slow.</summary>
public sealed class FlakySearchEngine(ISearchEngine inner) : ISearchEngine
{
    public volatile bool Failing;

    public string Name => inner.Name;

    public Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
        Failing ? Task.FromResult(new SearchEngineHealth(false, "Test engine is down.")) : inner.CheckHealthAsync(cancellationToken);

    public Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) =>
        Failing ? throw new HttpRequestException("Test engine is down.") : inner.IndexAsync(index, documents, cancellationToken);

    public Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Failing ? throw new HttpRequestException("Test engine is down.") : inner.DeleteAsync(index, ids, cancellationToken);

    public Task ResetAsync(string index, CancellationToken cancellationToken) =>
        Failing ? throw new HttpRequestException("Test engine is down.") : inner.ResetAsync(index, cancellationToken);

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Failing ? throw new HttpRequestException("Test engine is down.") : inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken cancellationToken) =>
        Failing ? throw new HttpRequestException("Test engine is down.") : inner.SuggestAsync(query, cancellationToken);
}

/// <summary>The seeded site with its real Lucene engine behind a switch that makes it fail.</summary>
public abstract class SearchSite : MarketplaceFactory
{
    public FlakySearchEngine Engine => Services.GetRequiredService<FlakySearchEngine>();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(ISearchEngine));
            services.Remove(real);
            services.AddSingleton(sp => new FlakySearchEngine((ISearchEngine)real.ImplementationFactory!(sp)));
            services.AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<FlakySearchEngine>());
        });
    }

    /// <summary>Everything saved so far is searchable (the worker may have been first; draining again is harmless).</summary>
    public Task IndexedAsync() => InScopeAsync(async services =>
    {
        await services.GetRequiredService<SearchIndexer>().DrainAsync(CancellationToken.None);
        return true;
    });
}

public sealed class SqliteSearchSite : SearchSite
{
    public override string ProviderName => "Sqlite";
}

public sealed class PostgresSearchSite : SearchSite
{
    public override string ProviderName => "Postgres";
}
