using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Search.Elasticsearch;

public static class ElasticsearchModule
{
    /// <summary>The named client the engine asks the factory for on each call, so connections are recycled as the factory sees fit.</summary>
    internal const string HttpClientName = "Marketplace.Search.Elasticsearch";

    /// <summary>The Elasticsearch engine behind <see cref="ISearchEngine"/>; settings come from <see cref="SearchOptions.Elasticsearch"/>.</summary>
    public static IServiceCollection AddElasticsearchSearch(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                ElasticsearchConnection.Configure(client, provider.GetRequiredService<IOptions<SearchOptions>>().Value.Elasticsearch));
        services.AddSingleton<ISearchEngine, ElasticsearchSearchEngine>();
        return services;
    }
}
