using Lucene.Net.Index;
using Lucene.Net.Store;
using Marketplace.Data;
using Marketplace.Search;
using Microsoft.Extensions.Options;

namespace Marketplace.Search.Lucene;

/// <summary>The embedded search engine: a Lucene.NET index in a folder under Marketplace:DataPath.</summary>
internal sealed class LuceneSearchEngine(IOptions<SearchOptions> options, DataPaths paths) : ISearchEngine
{
    public string Name => SearchOptions.Lucene;

    public Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var folder = paths.Resolve(options.Value.IndexFolder);
        System.IO.Directory.CreateDirectory(folder);
        using var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory))
        {
            return Task.FromResult(new SearchEngineHealth(true, $"Lucene index folder {folder} is ready; no documents indexed yet."));
        }

        using var reader = DirectoryReader.Open(directory);
        return Task.FromResult(new SearchEngineHealth(true, $"Lucene index at {folder}: {reader.NumDocs} documents."));
    }
}
