using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marketplace.Localization;

namespace Marketplace.Search.Lucene;

/// <summary>
/// Words as buyers type them: "ca phe" must find "cà phê" and "dac san" "đặc sản", whatever the case and whether the
/// text arrived composed (NFC) or decomposed (NFD). Each word is folded the same way as everywhere else on the site
/// (<see cref="VietnameseFolding"/>), at index time and at query time, and the shared stop words are dropped.
/// </summary>
internal sealed class VietnameseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = new(Version, Marketplace.Search.SearchStopWords.Words.ToList(), ignoreCase: false);

    /// <summary>The words of a query as the index holds them.</summary>
    public IReadOnlyList<string> Words(string field, string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new StopFilter(Version, new VietnameseFoldingFilter(tokenizer), StopWords));
    }

    private sealed class VietnameseFoldingFilter : TokenFilter
    {
        private readonly ICharTermAttribute term;

        public VietnameseFoldingFilter(TokenStream input)
            : base(input) => term = AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var folded = VietnameseFolding.Fold(term.ToString());
            term.SetEmpty().Append(folded);
            return true;
        }
    }
}
