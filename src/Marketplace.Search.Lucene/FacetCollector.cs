using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Search.Lucene;

/// <summary>
/// Counts keyword values over every matching document (Lucene.Net.Facet is not on our package mirror): per segment
/// ordinal while collecting, then ordinals into values once per segment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly SegmentOrdinals?[] ordinals = new SegmentOrdinals?[fields.Count];
    private readonly int[]?[] counts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            var segment = SegmentOrdinals.For(context.AtomicReader, LuceneFields.Keyword(fields[i]));
            ordinals[i] = segment;
            counts[i] = segment is null ? null : new int[segment.Values.Length];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < ordinals.Length; i++)
        {
            if (ordinals[i] is not { } segment)
            {
                continue;
            }

            var segmentCounts = counts[i]!;
            for (var at = segment.Starts[doc]; at < segment.Starts[doc + 1]; at++)
            {
                segmentCounts[segment.Ordinals[at]]++;
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Results()
    {
        Flush();
        return totals.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<FacetCount>)t.Value
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetCount(v.Key, v.Value)).ToList(),
            StringComparer.Ordinal);
    }

    private void Flush()
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (ordinals[i] is not { } segment || counts[i] is not { } segmentCounts)
            {
                continue;
            }

            var total = totals[fields[i]];
            for (var ord = 0; ord < segmentCounts.Length; ord++)
            {
                if (segmentCounts[ord] > 0)
                {
                    total[segment.Values[ord]] = total.GetValueOrDefault(segment.Values[ord]) + segmentCounts[ord];
                }
            }

            ordinals[i] = null;
            counts[i] = null;
        }
    }
}
