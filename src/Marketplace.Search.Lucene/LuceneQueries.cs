using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Search;

namespace Marketplace.Search.Lucene;

/// <summary>Turns the port's query into Lucene queries. User text only ever becomes terms, never query syntax.</summary>
internal sealed class LuceneQueries(VietnameseAnalyzer analyzer, IndexReader reader)
{
    /// <summary>Words this long tolerate one typo; shorter ones (most Vietnamese syllables) must match exactly.</summary>
    private const int FuzzyFromLength = 5;

    private const float PhraseBoost = 2f;

    /// <summary>Fields weighing at least this get the whole-phrase boost.</summary>
    public const float PhraseFieldBoost = 2f;

    public Query Build(SearchQuery query)
    {
        // No coordination factor: Lucene would otherwise divide a document's score by the clauses it misses, which turns
        // small tie-breaking boosts into multipliers (and penalises text that matched one alternative out of several).
        var root = new BooleanQuery(disableCoord: true);
        if (query.HasText)
        {
            var text = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 1 };
            var compounds = Compounds(query);
            foreach (var (phrase, typos) in new[] { (query.Text, query.TolerateTypos) }.Concat(query.Alternatives.Select(a => ((string?)a, false))))
            {
                if (Phrase(phrase, query.Fields, compounds, everyWord: query.TextRequired, typos) is { } clause)
                {
                    text.Add(clause, Occur.SHOULD);
                }
            }

            // Text made only of stop words or punctuation matches nothing rather than everything.
            if (query.TextRequired)
            {
                root.Add(text.Clauses.Count > 0 ? text : new BooleanQuery(), Occur.MUST);
            }
            else if (text.Clauses.Count > 0)
            {
                root.Add(text, Occur.SHOULD);
            }
        }

        AddFilters(root, query.Filters, query.Exclusions);
        foreach (var boost in query.Boosts)
        {
            root.Add(new ConstantScoreQuery(Condition(boost.Condition)) { Boost = boost.Weight }, Occur.SHOULD);
        }

        if (!root.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return root;
    }

    public Query Suggest(SuggestQuery query)
    {
        var root = new BooleanQuery();
        var words = analyzer.Words(query.Field, query.Text);
        var field = LuceneFields.Text(query.Field);
        for (var i = 0; i < words.Count; i++)
        {
            var term = new Term(field, words[i]);
            root.Add(i == words.Count - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }

        if (words.Count == 0)
        {
            root.Add(new BooleanQuery(), Occur.MUST);
        }

        AddFilters(root, query.Filters, []);
        return root;
    }

    /// <summary>A filter query that matches exactly the documents meeting the condition.</summary>
    public static Query Condition(SearchCondition condition) => condition switch
    {
        AnyOf any => AnyOfQuery(any),
        InRange range => NumericRangeQuery.NewInt64Range(LuceneFields.Number(range.Field), range.Min, range.Max, true, true),
        _ => throw new NotSupportedException($"Unknown search condition {condition.GetType().Name}."),
    };

    private static BooleanQuery AnyOfQuery(AnyOf any)
    {
        var query = new BooleanQuery();
        foreach (var value in any.Values)
        {
            query.Add(new TermQuery(new Term(LuceneFields.Keyword(any.Field), value)), Occur.SHOULD);
        }

        return query;
    }

    private static void AddFilters(BooleanQuery root, IEnumerable<SearchCondition> filters, IEnumerable<SearchCondition> exclusions)
    {
        foreach (var filter in filters)
        {
            // Zero boost: a filter decides what matches, never how well.
            root.Add(new ConstantScoreQuery(Condition(filter)) { Boost = 0f }, Occur.MUST);
        }

        foreach (var exclusion in exclusions)
        {
            root.Add(Condition(exclusion), Occur.MUST_NOT);
        }
    }

    /// <summary>
    /// Every word in some field (one typo allowed in long words), or, when the text only ranks, any word, each adding to
    /// the score; the whole phrase in a field ranks higher.
    /// </summary>
    private BooleanQuery? Phrase(string? text, IReadOnlyList<TextField> fields, IReadOnlyList<IReadOnlyList<string>> compounds, bool everyWord, bool typos)
    {
        var words = analyzer.Words(string.Empty, text);
        if (words.Count == 0 || fields.Count == 0)
        {
            return null;
        }

        var clause = new BooleanQuery();
        foreach (var group in WordGroups.Split(words, compounds))
        {
            // A word the index holds as typed is not a typo: expanding it to its neighbours costs the most of any
            // clause on a large index and mostly adds noise. (Elasticsearch expands anyway; the port only promises that
            // a word with one typo is found.)
            var known = group.Count == 1 && fields.Any(f => reader.DocFreq(new Term(LuceneFields.Text(f.Name), group[0])) > 0);
            var anyField = new BooleanQuery();
            foreach (var field in fields)
            {
                if (group.Count > 1)
                {
                    // A compound: its words next to each other in this field.
                    anyField.Add(Adjacent(field, group), Occur.SHOULD);
                    continue;
                }

                var term = new Term(LuceneFields.Text(field.Name), group[0]);
                anyField.Add(new TermQuery(term) { Boost = field.Boost }, Occur.SHOULD);
                if (typos && group[0].Length >= FuzzyFromLength && !known)
                {
                    anyField.Add(new FuzzyQuery(term, maxEdits: 1, prefixLength: 1) { Boost = field.Boost * 0.5f }, Occur.SHOULD);
                }
            }

            clause.Add(anyField, everyWord ? Occur.MUST : Occur.SHOULD);
        }

        if (words.Count > 1)
        {
            // The whole phrase ranks higher where it matters: in the heavier fields (name, category), not in long descriptions.
            foreach (var field in fields.Where(f => f.Boost >= PhraseFieldBoost))
            {
                var phrase = Adjacent(field, words);
                phrase.Boost = field.Boost * PhraseBoost;
                clause.Add(phrase, Occur.SHOULD);
            }
        }

        return clause;
    }

    private static PhraseQuery Adjacent(TextField field, IEnumerable<string> words)
    {
        var phrase = new PhraseQuery { Boost = field.Boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(LuceneFields.Text(field.Name), word));
        }

        return phrase;
    }

    /// <summary>The query's compounds as the index holds their words.</summary>
    private List<IReadOnlyList<string>> Compounds(SearchQuery query) =>
        query.Compounds.Select(c => analyzer.Words(string.Empty, c)).Where(w => w.Count > 1).ToList();
}
