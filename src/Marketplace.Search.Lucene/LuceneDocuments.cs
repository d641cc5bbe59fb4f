using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Marketplace.Search.Lucene;

internal static class LuceneDocuments
{
    public static Document From(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(LuceneFields.Id, source.Id, Field.Store.YES),

            // A page of hits reads its ids from doc values: loading each hit's stored document costs a decompressed block.
            new BinaryDocValuesField(LuceneFields.Id, new BytesRef(source.Id)),
        };
        foreach (var (name, text) in source.Text)
        {
            document.Add(new global::Lucene.Net.Documents.TextField(LuceneFields.Text(name), text ?? string.Empty, Field.Store.NO));
        }

        foreach (var (name, values) in source.Keywords)
        {
            // The indexed term answers filters; the doc values answer facet counts without loading documents.
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(LuceneFields.Keyword(name), value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(LuceneFields.Keyword(name), new BytesRef(value)));
            }
        }

        foreach (var (name, value) in source.Numbers)
        {
            document.Add(new Int64Field(LuceneFields.Number(name), value, Field.Store.NO));
            document.Add(new NumericDocValuesField(LuceneFields.Number(name), value));
        }

        foreach (var (name, value) in source.Stored)
        {
            document.Add(new StoredField(LuceneFields.Stored(name), value));
        }

        return document;
    }
}
