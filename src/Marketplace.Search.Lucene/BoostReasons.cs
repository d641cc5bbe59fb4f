using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Search.Lucene;

/// <summary>Which boosts a hit met: each boost's condition, as the query ran it, looked up in the hit's segment.</summary>
internal sealed class BoostReasons(IndexSearcher searcher, IReadOnlyList<SearchBoost> boosts, ConditionFilters conditions)
{
    private readonly Dictionary<(int Boost, int Segment), DocIdSet?> sets = [];

    public IReadOnlyList<string> For(int doc)
    {
        if (boosts.Count == 0)
        {
            return [];
        }

        var leaves = searcher.IndexReader.Leaves;
        var segment = ReaderUtil.SubIndex(doc, leaves);
        var context = leaves[segment];
        var local = doc - context.DocBase;
        var reasons = new List<string>();
        for (var i = 0; i < boosts.Count; i++)
        {
            if (!sets.TryGetValue((i, segment), out var set))
            {
                set = conditions.For(boosts[i].Condition).GetDocIdSet(context, context.AtomicReader.LiveDocs);
                sets[(i, segment)] = set;
            }

            if (set?.GetIterator() is { } iterator && iterator.Advance(local) == local && !reasons.Contains(boosts[i].Reason))
            {
                reasons.Add(boosts[i].Reason);
            }
        }

        return reasons;
    }
}
