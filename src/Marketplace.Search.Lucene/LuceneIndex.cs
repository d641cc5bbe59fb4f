using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Marketplace.Search.Lucene;

/// <summary>One named index: its folder, its single writer and a searcher manager that sees each committed batch.</summary>
internal sealed class LuceneIndex : IDisposable
{
    private readonly FSDirectory directory;

    public LuceneIndex(string folder, VietnameseAnalyzer analyzer)
    {
        System.IO.Directory.CreateDirectory(folder);
        directory = FSDirectory.Open(folder);
        Writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 32,
        });
        Searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
    }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Makes written changes durable and visible to the next search.</summary>
    public void Publish()
    {
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        directory.Dispose();
    }
}
