using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Marketplace.Search.Lucene;

/// <summary>One named index: its folder, its single writer and a searcher manager that sees each committed batch.</summary>
internal sealed class LuceneIndex : IDisposable
{
    /// <summary>How often a search looks for segments merged in the background since the last write.</summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    private readonly NIOFSDirectory directory;
    private long lastRefreshTicks = Environment.TickCount64;

    public LuceneIndex(string folder, VietnameseAnalyzer analyzer)
    {
        System.IO.Directory.CreateDirectory(folder);
        // Not FSDirectory.Open's memory-mapped directory: Lucene.NET tracks every clone of a mapped file in a map it
        // sweeps whole on each new clone, so each search left more behind and the same queries grew twice as slow
        // within minutes (measured with the search benchmark's queries). Positional file reads stay flat.
        directory = new NIOFSDirectory(new DirectoryInfo(folder));
        Writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 32,
            MergePolicy = FewSegments(),
        });

        // An index written under an older policy is brought into line now rather than at the next write.
        Writer.MaybeMerge();
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
        RefreshNowAndThen();
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
        // Leave the index settled: a merge still running when the last batch was committed keeps the segments that
        // batch made out of it, and nothing asks again until the next write. Closing waits for what is asked here.
        // Closed whatever happens before: a writer left open keeps its lock and its merge threads in the folder.
        try
        {
            Writer.WaitForMerges();
            Writer.MaybeMerge();
            Searchers.Dispose();
        }
        finally
        {
            try
            {
                Writer.Dispose();
            }
            finally
            {
                directory.Dispose();
            }
        }
    }

    /// <summary>
    /// Every batch the indexing worker commits is a new small segment, and every search pays for each segment (term
    /// lookups and postings readers per word, field and segment): with the default policy a rebuilt 100,000-product
    /// index kept twelve segments and searched twice as slowly as one segment; three still cost a third more. Segments
    /// under 32 MB count as one tier, allowed one or two segments, and are merged three at a time: a catalogue index of
    /// tens of megabytes stays at one or two segments. (The policy never merges fewer segments than it merges at once,
    /// which is why the default of ten left twelve; two at a time rewrote each document so often that a full rebuild
    /// fell from 3,900 to 2,200 products a second, three at a time keeps it at 3,400.) Merging runs in the background;
    /// merging the whole 34 MB benchmark index takes under four seconds of one core.
    /// </summary>
    private static TieredMergePolicy FewSegments() => new()
    {
        FloorSegmentMB = 32,
        SegmentsPerTier = 3,
        MaxMergeAtOnce = 3,
    };

    /// <summary>Merges finish in the background after the write that caused them; a search picks them up within a second.</summary>
    private void RefreshNowAndThen()
    {
        var last = Interlocked.Read(ref lastRefreshTicks);
        var now = Environment.TickCount64;
        if (now - last >= RefreshEvery.TotalMilliseconds && Interlocked.CompareExchange(ref lastRefreshTicks, now, last) == last)
        {
            // Non-blocking: a search never waits for another thread's refresh.
            Searchers.MaybeRefresh();
        }
    }
}
