using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marketplace.Search.Lucene;

/// <summary>
/// Counts keyword values over every matching document from doc values (Lucene.Net.Facet is not on our package mirror).
/// Counts per segment ordinal, then turns ordinals into values once per segment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly SortedSetDocValues?[] values = new SortedSetDocValues?[fields.Count];
    private readonly long[]?[] counts = new long[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            var docValues = context.AtomicReader.GetSortedSetDocValues(LuceneFields.Keyword(fields[i]));
            values[i] = docValues;
            counts[i] = docValues is null ? null : new long[docValues.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (values[i] is not { } docValues || counts[i] is not { } segmentCounts)
            {
                continue;
            }

            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
            {
                segmentCounts[ord]++;
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
        var term = new BytesRef();
        for (var i = 0; i < fields.Count; i++)
        {
            if (values[i] is not { } docValues || counts[i] is not { } segmentCounts)
            {
                continue;
            }

            var total = totals[fields[i]];
            for (var ord = 0; ord < segmentCounts.Length; ord++)
            {
                if (segmentCounts[ord] == 0)
                {
                    continue;
                }

                docValues.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                total[value] = total.GetValueOrDefault(value) + segmentCounts[ord];
            }

            values[i] = null;
            counts[i] = null;
        }
    }
}
