using Marketplace.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Search.Lucene;

public static class LuceneModule
{
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services) =>
        services.AddSingleton<ISearchEngine>(sp => new LuceneSearchEngine(
            sp.GetRequiredService<DataPaths>().Resolve(sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexFolder)));
}
