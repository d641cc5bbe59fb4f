using Marketplace.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Search.Lucene;

public static class LuceneModule
{
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services) =>
        services.AddSingleton<ISearchEngine, LuceneSearchEngine>();
}
