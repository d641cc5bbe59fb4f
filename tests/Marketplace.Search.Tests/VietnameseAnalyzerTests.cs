using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Search.Lucene;

namespace Marketplace.Search.Tests;

public sealed class VietnameseAnalyzerTests
{
    [Theory]
    [InlineData("Cà phê Đặc sản", new[] { "ca", "phe", "dac", "san" })]
    [InlineData("THANH LONG ruột đỏ", new[] { "thanh", "long", "ruot", "do" })]
    [InlineData("Gạo ST25, 5 kg", new[] { "gao", "st25", "5", "kg" })]
    public void Words_are_split_folded_and_lower_cased(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Decomposed_text_gives_the_same_words_as_composed_text() =>
        Assert.Equal(Tokens("Bưởi da xanh Bến Tre"), Tokens("Bưởi da xanh Bến Tre".Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("ca phe")]
    [InlineData("Cà Phê")]
    [InlineData("CA PHÊ")]
    public void A_query_with_or_without_marks_finds_the_product(string query)
    {
        using var directory = new RAMDirectory();
        using var analyzer = new VietnameseAnalyzer();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, analyzer)))
        {
            foreach (var (id, name) in new[] { ("1", "Cà phê Robusta rang mộc"), ("2", "Đặc sản thanh long ruột đỏ"), ("3", "Chè Shan tuyết cổ thụ") })
            {
                writer.AddDocument([new StringField("id", id, Field.Store.YES), new global::Lucene.Net.Documents.TextField("name", name, Field.Store.NO)]);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var parsed = new QueryParser(VietnameseAnalyzer.Version, "name", analyzer) { DefaultOperator = Operator.AND }.Parse(QueryParserBase.Escape(query));
        var hits = searcher.Search(parsed, 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("id")).ToList();

        Assert.Equal(["1"], hits);
    }

    private static List<string> Tokens(string text)
    {
        using var analyzer = new VietnameseAnalyzer();
        using var stream = analyzer.GetTokenStream("name", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
