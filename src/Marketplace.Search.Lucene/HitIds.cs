using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marketplace.Search.Lucene;

/// <summary>
/// The ids of a page of hits, from the id's doc values; from the stored document for documents written before the
/// index carried them (they read as empty), until the next rebuild.
/// </summary>
internal sealed class HitIds(IndexSearcher searcher)
{
    private readonly Dictionary<int, BinaryDocValues?> segments = [];
    private readonly BytesRef bytes = new();

    public string For(int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segment = ReaderUtil.SubIndex(doc, leaves);
        if (!segments.TryGetValue(segment, out var values))
        {
            values = leaves[segment].AtomicReader.GetBinaryDocValues(LuceneFields.Id);
            segments[segment] = values;
        }

        if (values is not null)
        {
            values.Get(doc - leaves[segment].DocBase, bytes);
            if (bytes.Length > 0)
            {
                return bytes.Utf8ToString();
            }
        }

        return searcher.Doc(doc).Get(LuceneFields.Id);
    }
}
