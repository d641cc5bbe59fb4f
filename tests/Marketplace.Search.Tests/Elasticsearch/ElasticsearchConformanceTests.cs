using System.Net.Http.Json;
using Marketplace.Search.Elasticsearch;
using Marketplace.Search.Tests.Conformance;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>
/// The shared conformance scenarios against a live server (MARKETPLACE_TEST_ELASTICSEARCH_URL). Indexes are named
/// under a prefix of this class's own and deleted afterwards, so runs can share a cluster.
/// </summary>
public sealed class ElasticsearchConformanceTests : SearchEngineConformance, IAsyncLifetime
{
    private static readonly string ClassPrefix = "marketplace-test-" + Guid.NewGuid().ToString("N")[..8] + "-";

    private readonly List<TestEngine> engines = [];

    [ElasticsearchTheory]
    [MemberData(nameof(Scenarios))]
    public Task Elasticsearch_behaves_as_the_port_says(string scenario) => RunAsync(scenario);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var engine in engines)
        {
            engine.Dispose();
        }

        if (ElasticsearchTheoryAttribute.Url is not null && engines.Count > 0)
        {
            await DeleteTestIndexesAsync();
        }
    }

    protected override Task<ISearchEngine> CreateEngineAsync(string indexPrefix)
    {
        var engine = new TestEngine(handler: null, o => Configure(o, ClassPrefix + indexPrefix));
        engines.Add(engine);
        return Task.FromResult(engine.Engine);
    }

    private static void Configure(ElasticsearchOptions options, string indexPrefix)
    {
        options.Url = ElasticsearchTheoryAttribute.Url;
        options.IndexPrefix = indexPrefix;
        options.TimeoutSeconds = 30;
    }

    /// <summary>Lists this class's indexes and deletes each by name (wildcard deletes are refused by default in 8.x).</summary>
    private static async Task DeleteTestIndexesAsync()
    {
        var options = new ElasticsearchOptions();
        Configure(options, ClassPrefix);
        using var client = new HttpClient();
        ElasticsearchConnection.Configure(client, options);

        var indexes = await client.GetFromJsonAsync<List<CatIndex>>($"_cat/indices/{ClassPrefix}*?format=json&h=index") ?? [];
        foreach (var index in indexes)
        {
            using var deleted = await client.DeleteAsync(new Uri(Uri.EscapeDataString(index.Index), UriKind.Relative));
            deleted.EnsureSuccessStatusCode();
        }
    }

    private sealed record CatIndex(string Index);
}
