using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marketplace.Search.Lucene;

/// <summary>
/// A keyword field's values in one segment as plain arrays: for each document the ordinals of its values, and each
/// ordinal's value. Facet counting reads these instead of the doc values, which Lucene.NET decodes slowly (it was the
/// largest cost of counting six facets over thousands of matches). Built once per segment and field, and dropped with
/// the segment: a segment's documents and values never change (deletes are decided elsewhere).
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals?>> Segments = new();

    private SegmentOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
    }

    /// <summary>Document d's ordinals are <see cref="Ordinals"/>[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public string[] Values { get; }

    /// <summary>The field's ordinals in the segment, or null when no document in it has the field.</summary>
    public static SegmentOrdinals? For(AtomicReader segment, string field) =>
        Segments.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(field, name => Read(segment, name));

    private static SegmentOrdinals? Read(AtomicReader segment, string field)
    {
        if (segment.GetSortedSetDocValues(field) is not { } docValues)
        {
            return null;
        }

        var starts = new int[segment.MaxDoc + 1];
        var ordinals = new List<int>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        starts[segment.MaxDoc] = ordinals.Count;
        var values = new string[docValues.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[ord] = term.Utf8ToString();
        }

        return new SegmentOrdinals(starts, [.. ordinals], values);
    }
}
