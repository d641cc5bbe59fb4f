using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marketplace.Localization;

namespace Marketplace.Search.Lucene;

/// <summary>
/// Words as buyers type them: "ca phe" must find "cà phê" and "dac san" "đặc sản", whatever the case and whether the
/// text arrived composed (NFC) or decomposed (NFD). Each word is folded the same way as everywhere else on the site
/// (<see cref="VietnameseFolding"/>), at index time and at query time.
/// </summary>
internal sealed class VietnameseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer));
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
