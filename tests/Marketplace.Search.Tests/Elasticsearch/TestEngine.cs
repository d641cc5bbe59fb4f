using Marketplace.Search.Elasticsearch;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>The engine as the site builds it (<see cref="ElasticsearchModule.AddElasticsearchSearch"/>), over a given handler.</summary>
internal sealed class TestEngine : IDisposable
{
    private readonly ServiceProvider services;

    /// <param name="handler">Stands in for the server; null for a real connection.</param>
    public TestEngine(HttpMessageHandler? handler, Action<ElasticsearchOptions>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddOptions<SearchOptions>().Configure(o =>
        {
            o.Engine = SearchOptions.ElasticsearchEngine;
            o.Elasticsearch.Url = "http://es.test:9200";
            configure?.Invoke(o.Elasticsearch);
        });
        collection.AddElasticsearchSearch();
        if (handler is not null)
        {
            collection.AddHttpClient(ElasticsearchModule.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        services = collection.BuildServiceProvider();
        Engine = services.GetRequiredService<ISearchEngine>();
    }

    public ISearchEngine Engine { get; }

    public void Dispose() => services.Dispose();
}
