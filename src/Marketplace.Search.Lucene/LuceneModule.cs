using Marketplace.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Search.Lucene;

public static class LuceneModule
{
    /// <summary>
    /// The engine is its own singleton, owned (and disposed, after the hosted services have stopped) by the container;
    /// <see cref="ISearchEngine"/> forwards to it, so a decorator that wraps the port's registration does not take
    /// ownership of an engine nobody would close.
    /// </summary>
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services) =>
        services
            .AddSingleton(sp => new LuceneSearchEngine(
                sp.GetRequiredService<DataPaths>().Resolve(sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexFolder)))
            .AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<LuceneSearchEngine>());
}
