using Marketplace.Search.Lucene;

namespace Marketplace.Search.Tests.Conformance;

public sealed class LuceneConformanceTests : SearchEngineConformance, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "marketplace-lucene-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Lucene_behaves_as_the_port_says(string scenario) => RunAsync(scenario);

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    protected override Task<ISearchEngine> CreateEngineAsync(string indexPrefix) =>
        Task.FromResult<ISearchEngine>(new LuceneSearchEngine(Path.Combine(folder, indexPrefix)));
}
