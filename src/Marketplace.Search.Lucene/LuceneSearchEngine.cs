using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Search.Lucene;

/// <summary>
/// The embedded search engine: one Lucene.NET index per name, in folders under the configured index folder. Every
/// call holds a use of the engine; disposal waits for the calls in progress, refuses later ones and closes every index
/// opened, so a disposed engine leaves nothing writing in its folder.
/// </summary>
internal sealed class LuceneSearchEngine(string rootFolder) : ISearchEngine, IDisposable
{
    private readonly VietnameseAnalyzer analyzer = new();
    private readonly ConditionFilters conditions = new();
    private readonly ConcurrentDictionary<string, Lazy<LuceneIndex>> indexes = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private int callsInProgress;
    private bool disposed;

    public string Name => SearchOptions.Lucene;

    public Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken) => Use(() =>
    {
        System.IO.Directory.CreateDirectory(rootFolder);
        var counts = indexes.Where(i => i.Value.IsValueCreated)
            .Select(i => i.Value.Value.Search(s => $"{i.Key} {s.IndexReader.NumDocs} in {s.IndexReader.Leaves.Count} segments"))
            .ToList();
        var description = counts.Count == 0
            ? $"Lucene indexes under {rootFolder}; none opened yet."
            : $"Lucene indexes under {rootFolder}: {string.Join(", ", counts)}.";
        return Task.FromResult(new SearchEngineHealth(true, description));
    });

    public Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) => Use(() =>
    {
        var target = Open(index);
        foreach (var document in documents)
        {
            target.Writer.UpdateDocument(new Term(LuceneFields.Id, document.Id), LuceneDocuments.From(document));
        }

        target.Publish();
        return Task.CompletedTask;
    });

    public Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Use(() =>
    {
        var target = Open(index);
        target.Writer.DeleteDocuments(ids.Select(id => new Term(LuceneFields.Id, id)).ToArray());
        target.Publish();
        return Task.CompletedTask;
    });

    public Task ResetAsync(string index, CancellationToken cancellationToken) => Use(() =>
    {
        var target = Open(index);
        target.Writer.DeleteAll();
        target.Publish();
        return Task.CompletedTask;
    });

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Use(() =>
    {
        var wanted = Math.Max(1, query.Skip + query.Take);
        var results = Open(query.Index).Search(searcher =>
        {
            var lucene = new LuceneQueries(analyzer, searcher.IndexReader, conditions).Build(query);
            var top = TopCollector(query, wanted);
            var facets = new FacetCollector(query.Facets);
            searcher.Search(lucene, query.Facets.Count > 0 ? MultiCollector.Wrap(top, facets) : top);
            var docs = top.GetTopDocs(query.Skip, query.Take).ScoreDocs;
            var reasons = new BoostReasons(searcher, query.Boosts, conditions);
            var ids = new HitIds(searcher);
            var hits = docs.Select(d => new SearchHit(
                    ids.For(d.Doc),
                    float.IsNaN(d.Score) ? 0f : d.Score,
                    reasons.For(d.Doc)))
                .ToList();
            return new SearchResults(top.TotalHits, hits, facets.Results());
        });
        return Task.FromResult(results);
    });

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken cancellationToken) => Use(() =>
    {
        IReadOnlyList<Suggestion> suggestions = Open(query.Index).Search(searcher =>
            searcher.Search(new LuceneQueries(analyzer, searcher.IndexReader, conditions).Suggest(query), query.Take * 3).ScoreDocs
                .Select(d => searcher.Doc(d.Doc))
                .Select(d => new Suggestion(d.Get(LuceneFields.Id), d.Get(LuceneFields.Stored(query.Display)) ?? string.Empty))
                .Where(s => s.Text.Length > 0)
                .DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
                .Take(query.Take)
                .ToList());
        return Task.FromResult(suggestions);
    });

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            // From here no call starts; the ones in progress (an indexing pass, a search) finish first. Closing a
            // writer under a running write, or skipping an index still being opened, left a writer and its merges
            // running in a folder the site had given up.
            disposed = true;
            while (callsInProgress > 0)
            {
                Monitor.Wait(gate);
            }
        }

        var failures = new List<Exception>();
        foreach (var index in indexes.Values.Where(i => i.IsValueCreated))
        {
            try
            {
                index.Value.Dispose();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        analyzer.Dispose();
        if (failures.Count > 0)
        {
            throw new AggregateException("Closing the Lucene indexes failed.", failures);
        }
    }

    /// <summary>Runs one call of the port as a use of the engine, refused once disposal has begun.</summary>
    private T Use<T>(Func<T> call)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            callsInProgress++;
        }

        try
        {
            return call();
        }
        finally
        {
            lock (gate)
            {
                if (--callsInProgress == 0)
                {
                    Monitor.PulseAll(gate);
                }
            }
        }
    }

    private static ITopDocsCollector TopCollector(SearchQuery query, int wanted)
    {
        if (query.Order == SearchOrder.Relevance || query.OrderField is null)
        {
            return TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        }

        var descending = query.Order == SearchOrder.NumberDescending;
        var byNumber = new SortField(LuceneFields.Number(query.OrderField), SortFieldType.INT64, descending);

        // Documents without the number (price on request) come last in either direction.
        byNumber.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        var sort = new Sort(byNumber, SortField.FIELD_SCORE);
        return TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    private LuceneIndex Open(string index) =>
        indexes.GetOrAdd(index, name => new Lazy<LuceneIndex>(() => new LuceneIndex(Path.Combine(rootFolder, name), analyzer))).Value;
}
