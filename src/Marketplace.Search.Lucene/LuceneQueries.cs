using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Search;

namespace Marketplace.Search.Lucene;

/// <summary>Turns the port's query into Lucene queries. User text only ever becomes terms, never query syntax.</summary>
internal sealed class LuceneQueries(VietnameseAnalyzer analyzer, IndexReader reader, ConditionFilters conditions)
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
            var text = Text(query);

            // Text made only of stop words or punctuation matches nothing rather than everything.
            if (query.TextRequired)
            {
                root.Add(text ?? new BooleanQuery(), Occur.MUST);
            }
            else if (text is not null)
            {
                root.Add(text, Occur.SHOULD);
            }
        }

        AddFilters(root, query.Filters, query.Exclusions);
        foreach (var boost in query.Boosts)
        {
            root.Add(new ConstantScoreQuery(conditions.For(boost.Condition)) { Boost = boost.Weight }, Occur.SHOULD);
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

    private void AddFilters(BooleanQuery root, IEnumerable<SearchCondition> filters, IEnumerable<SearchCondition> exclusions)
    {
        foreach (var filter in filters)
        {
            // Zero boost: a filter decides what matches, never how well.
            root.Add(new ConstantScoreQuery(conditions.For(filter)) { Boost = 0f }, Occur.MUST);
        }

        foreach (var exclusion in exclusions)
        {
            root.Add(Condition(exclusion), Occur.MUST_NOT);
        }
    }

    /// <summary>
    /// Every word in some field (one typo allowed in long words, in the text as typed), or, when the text only ranks,
    /// any word, each adding to the score; the whole phrase in a heavier field ranks higher. The text and its
    /// alternatives mostly differ in one span ("thanh long ruot do", "dragon fruit ruot do", "pitaya ruot do"): the
    /// words they share are asked for once and only the spans that differ are alternatives, which made such searches
    /// three times cheaper than asking for each alternative whole.
    /// </summary>
    private BooleanQuery? Text(SearchQuery query)
    {
        var compounds = Compounds(query);
        var phrasings = new[] { (Text: query.Text, AsTyped: true) }
            .Concat(query.Alternatives.Select(a => (Text: (string?)a, AsTyped: false)))
            .Select(p => Phrasing.Of(analyzer.Words(string.Empty, p.Text), compounds, p.AsTyped, typos: p.AsTyped && query.TolerateTypos))
            .Where(p => p.Words.Count > 0)
            .DistinctBy(p => string.Join(' ', p.Words))
            .ToList();
        if (phrasings.Count == 0 || query.Fields.Count == 0)
        {
            return null;
        }

        var each = query.TextRequired ? Occur.MUST : Occur.SHOULD;
        var (prefix, suffix) = SharedEnds(phrasings);
        var shared = phrasings[0].Groups.Take(prefix).Concat(phrasings[0].Groups.TakeLast(suffix));

        // The shared words come from the text as typed (or, without it, from every alternative alike).
        var typos = phrasings.Any(p => p.Typos);
        var clause = new BooleanQuery(disableCoord: true);
        foreach (var group in shared)
        {
            clause.Add(AnyField(group, query.Fields, typos, wholePhrase: phrasings is [{ IsOneCompound: true }]), each);
        }

        var spans = phrasings.Select(p => (Groups: p.Groups.Skip(prefix).Take(p.Groups.Count - prefix - suffix).ToList(), p.Typos, p.IsOneCompound)).ToList();
        if (spans.Count > 1)
        {
            var either = new BooleanQuery(disableCoord: true);
            foreach (var span in spans.Where(s => s.Groups.Count > 0))
            {
                var all = new BooleanQuery(disableCoord: true);
                foreach (var group in span.Groups)
                {
                    all.Add(AnyField(group, query.Fields, span.Typos, span.IsOneCompound), each);
                }

                either.Add(all, Occur.SHOULD);
            }

            // A phrasing that is all shared words is met by the shared words alone; the spans then only rank.
            clause.Add(either, spans.Any(s => s.Groups.Count == 0) ? Occur.SHOULD : each);
        }

        // The whole phrase as typed ranks higher where it matters: in the heavier fields (name, category), not in long
        // descriptions. Not the alternatives' phrases: a synonym put into the buyer's other words ("dragon fruit ruot do")
        // is rarely a phrase anyone wrote, and asking for each cost more than the rest of the query.
        foreach (var phrasing in phrasings.Where(p => p.AsTyped && p.Words.Count > 1 && !p.IsOneCompound))
        {
            foreach (var field in query.Fields.Where(f => f.Boost >= PhraseFieldBoost))
            {
                var phrase = Adjacent(field, phrasing.Words);
                phrase.Boost = field.Boost * PhraseBoost;
                clause.Add(phrase, Occur.SHOULD);
            }
        }

        return clause;
    }

    /// <summary>How many word groups every phrasing starts with, and then ends with, alike.</summary>
    private static (int Prefix, int Suffix) SharedEnds(IReadOnlyList<Phrasing> phrasings)
    {
        var shortest = phrasings.Min(p => p.Groups.Count);
        var prefix = 0;
        while (prefix < shortest && phrasings.All(p => p.Groups[prefix].SequenceEqual(phrasings[0].Groups[prefix])))
        {
            prefix++;
        }

        var suffix = 0;
        while (prefix + suffix < shortest && phrasings.All(p => p.Groups[^(suffix + 1)].SequenceEqual(phrasings[0].Groups[^(suffix + 1)])))
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    /// <summary>
    /// The group in at least one field: a compound's words next to each other, a single word as a term. A compound that
    /// is the whole phrase carries the whole-phrase boost itself, rather than asking for the same words twice.
    /// </summary>
    private BooleanQuery AnyField(IReadOnlyList<string> group, IReadOnlyList<TextField> fields, bool typos, bool wholePhrase)
    {
        var anyField = new BooleanQuery(disableCoord: true);
        if (group.Count > 1)
        {
            foreach (var field in fields)
            {
                var phrase = Adjacent(field, group);
                if (wholePhrase && field.Boost >= PhraseFieldBoost)
                {
                    phrase.Boost = field.Boost * (1 + PhraseBoost);
                }

                anyField.Add(phrase, Occur.SHOULD);
            }

            return anyField;
        }

        var word = group[0];

        // A word the index holds as typed is not a typo: expanding it to its neighbours costs the most of any clause on
        // a large index and mostly adds noise. (Elasticsearch expands anyway; the port only promises that a word with
        // one typo is found.)
        var fuzzy = typos && word.Length >= FuzzyFromLength && !fields.Any(f => reader.DocFreq(new Term(LuceneFields.Text(f.Name), word)) > 0);
        foreach (var field in fields)
        {
            var term = new Term(LuceneFields.Text(field.Name), word);
            anyField.Add(new TermQuery(term) { Boost = field.Boost }, Occur.SHOULD);
            if (fuzzy)
            {
                anyField.Add(new FuzzyQuery(term, maxEdits: 1, prefixLength: 1) { Boost = field.Boost * 0.5f }, Occur.SHOULD);
            }
        }

        return anyField;
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

    /// <summary>One way of saying the text (as typed, or an alternative): its words as the index holds them, grouped into compounds.</summary>
    private sealed record Phrasing(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Groups, bool AsTyped, bool Typos)
    {
        /// <summary>"cà phê", "dragon fruit": a phrase that is one compound, already asked for as adjacent words.</summary>
        public bool IsOneCompound => Groups.Count == 1 && Words.Count > 1;

        public static Phrasing Of(IReadOnlyList<string> words, IReadOnlyList<IReadOnlyList<string>> compounds, bool asTyped, bool typos) =>
            new(words, WordGroups.Split(words, compounds), asTyped, typos);
    }
}
