using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Localization;

namespace Marketplace.Search.Elasticsearch;

/// <summary>The <c>_search</c> body for a <see cref="SearchQuery"/>: one <c>bool</c> query, sort, paging and facet aggregations.</summary>
internal static class SearchBody
{
    public const int FacetSize = 200;

    // Words of five letters or more tolerate one typo (AUTO:5,100 allows two only from 100 letters on).
    private const int FuzzyFromLength = 5;

    private const string OneTypo = "AUTO:5,100";

    // An exact phrase outranks the same words scattered.
    private const int PhraseBoost = 2;

    /// <summary>Fields weighing at least this get the whole-phrase boost.</summary>
    private const float PhraseFieldBoost = 2f;

    public static JsonObject Of(SearchQuery query)
    {
        var body = new JsonObject
        {
            ["from"] = query.Skip,
            ["size"] = query.Take,
            ["track_total_hits"] = true,

            // Ids only: pages re-read the rows from the database.
            ["_source"] = false,
            ["query"] = new JsonObject { ["bool"] = Bool(query) },
            ["sort"] = Sort(query),
        };

        if (query.Order != SearchOrder.Relevance)
        {
            // Sorting by a field skips scoring unless asked; hits keep their score for callers that show it.
            body["track_scores"] = true;
        }

        if (query.Facets.Count > 0)
        {
            body["aggs"] = Facets(query.Facets);
        }

        return body;
    }

    /// <summary>A filter, exclusion or boost condition on a keyword or number field.</summary>
    public static JsonObject Condition(SearchCondition condition) => condition switch
    {
        AnyOf anyOf => new JsonObject
        {
            ["terms"] = new JsonObject
            {
                [$"{IndexDefinition.Keywords}.{anyOf.Field}"] = new JsonArray([.. anyOf.Values.Select(v => JsonValue.Create(v))]),
            },
        },

        // An open range still needs the field: a document without it never matches.
        InRange { Min: null, Max: null } range => new JsonObject
        {
            ["exists"] = new JsonObject { ["field"] = $"{IndexDefinition.Numbers}.{range.Field}" },
        },
        InRange range => new JsonObject
        {
            ["range"] = new JsonObject { [$"{IndexDefinition.Numbers}.{range.Field}"] = Bounds(range) },
        },
        _ => throw new ArgumentException($"The Elasticsearch adapter does not know the condition {condition.GetType().Name}.", nameof(condition)),
    };

    private static JsonObject Bool(SearchQuery query)
    {
        var required = query.HasText && query.TextRequired;
        var boolQuery = new JsonObject
        {
            // Without required text the query still matches every document (a bool of only should clauses would require one).
            ["must"] = new JsonArray(required ? TextClause(query) : new JsonObject { ["match_all"] = new JsonObject() }),
        };
        AddClauses(boolQuery, "filter", query.Filters.Select(Condition));
        AddClauses(boolQuery, "must_not", query.Exclusions.Select(Condition));

        // Optional text only ranks: it joins the boosts as one more should clause.
        var optionalText = query.HasText && !query.TextRequired && TextClause(query) is { } text && !text.ContainsKey("match_none") ? new[] { text } : [];
        AddClauses(boolQuery, "should", optionalText.Concat(query.Boosts.Select(Boost)));
        return boolQuery;
    }

    /// <summary>The text or any alternative matches.</summary>
    private static JsonObject TextClause(SearchQuery query)
    {
        var fields = Fields(query.Fields);
        var compounds = query.Compounds.Select(QueryWords.Of).Where(w => w.Count > 1).ToList();

        // The whole-phrase boost only in the heavier fields (name, category), as the Lucene adapter does.
        var heavy = query.Fields.Where(f => f.Boost >= PhraseFieldBoost).ToList();
        var phraseFields = heavy.Count > 0 ? Fields(heavy) : query.Fields.Count == 0 ? fields : [];
        var phrases = new[] { (Phrase: query.Text, Typos: query.TolerateTypos) }
            .Concat(query.Alternatives.Select(a => (Phrase: (string?)a, Typos: false)))
            .Select(p => PhraseClause(p.Phrase, fields, phraseFields, compounds, everyWord: query.TextRequired, typos: p.Typos))
            .OfType<JsonObject>()
            .ToArray();

        // Text of only stop words and punctuation ("the and of") asked for something and finds nothing.
        return phrases.Length == 0
            ? new JsonObject { ["match_none"] = new JsonObject() }
            : new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(phrases),
                    ["minimum_should_match"] = 1,
                },
            };
    }

    /// <summary>
    /// Every word in some field (or, when the text only ranks, any word, each adding to the score: a bool of should
    /// clauses needs one); the whole phrase as written ranks higher.
    /// </summary>
    private static JsonObject? PhraseClause(string? phrase, IReadOnlyList<string> fields, IReadOnlyList<string> phraseFields, IReadOnlyList<IReadOnlyList<string>> compounds, bool everyWord, bool typos)
    {
        var words = QueryWords.Of(phrase);
        if (words.Count == 0)
        {
            return null;
        }

        var wordClauses = WordGroups.Split(words, compounds).Select(group => group.Count == 1 ? WordClause(group[0], fields, typos) : CompoundClause(group, fields));
        var phraseClause = new JsonObject
        {
            ["multi_match"] = new JsonObject
            {
                // Folded but with its stop words, so their positions line up with the indexed text.
                ["query"] = VietnameseFolding.Fold(phrase),
                ["fields"] = Array(phraseFields),
                ["type"] = "phrase",
                ["boost"] = PhraseBoost,
            },
        };
        JsonObject[] ranking = phraseFields.Count > 0 ? [phraseClause] : [];
        return new JsonObject
        {
            ["bool"] = everyWord
                ? new JsonObject { ["must"] = new JsonArray([.. wordClauses]), ["should"] = new JsonArray([.. ranking]) }
                : new JsonObject { ["should"] = new JsonArray([.. wordClauses, .. ranking]) },
        };
    }

    /// <summary>A compound's words next to each other in one field.</summary>
    private static JsonObject CompoundClause(IReadOnlyList<string> words, IReadOnlyList<string> fields) => new()
    {
        ["multi_match"] = new JsonObject
        {
            ["query"] = string.Join(' ', words),
            ["fields"] = Array(fields),
            ["type"] = "phrase",
        },
    };

    private static JsonObject WordClause(string word, IReadOnlyList<string> fields, bool typos)
    {
        var match = new JsonObject
        {
            ["query"] = word,
            ["fields"] = Array(fields),
            ["type"] = "best_fields",

            // The server's tokenizer may still split a word (e.g. ideographs); then all its parts must match.
            ["operator"] = "and",
        };

        if (typos && word.Length >= FuzzyFromLength)
        {
            match["fuzziness"] = OneTypo;
            match["prefix_length"] = 1;
        }

        return new JsonObject { ["multi_match"] = match };
    }

    /// <summary><c>text.name^3</c>; with no fields named, every text field.</summary>
    private static string[] Fields(IReadOnlyList<TextField> fields) =>
        fields.Count == 0
            ? [$"{IndexDefinition.Text}.*"]
            : [.. fields.Select(f => $"{IndexDefinition.Text}.{f.Name}^{f.Boost.ToString(CultureInfo.InvariantCulture)}")];

    private static JsonObject Boost(SearchBoost boost) => new()
    {
        ["constant_score"] = new JsonObject
        {
            ["filter"] = Condition(boost.Condition),
            ["boost"] = boost.Weight,

            // Comes back in the hit's matched_queries: the reason the hit was raised.
            ["_name"] = boost.Reason,
        },
    };

    private static JsonObject Bounds(InRange range)
    {
        var bounds = new JsonObject();
        if (range.Min is { } min)
        {
            bounds["gte"] = min;
        }

        if (range.Max is { } max)
        {
            bounds["lte"] = max;
        }

        return bounds;
    }

    private static JsonArray Sort(SearchQuery query)
    {
        var byScore = new JsonObject { ["_score"] = new JsonObject { ["order"] = "desc" } };
        if (query.Order == SearchOrder.Relevance)
        {
            return new JsonArray(byScore);
        }

        if (string.IsNullOrWhiteSpace(query.OrderField))
        {
            throw new ArgumentException($"A search ordered by {query.Order} needs an OrderField.", nameof(query));
        }

        var byNumber = new JsonObject
        {
            [$"{IndexDefinition.Numbers}.{query.OrderField}"] = new JsonObject
            {
                ["order"] = query.Order == SearchOrder.NumberAscending ? "asc" : "desc",
                ["missing"] = "_last",

                // No document has the field yet: sort as if it were there instead of failing.
                ["unmapped_type"] = "long",
            },
        };

        return new JsonArray(byNumber, byScore);
    }

    /// <summary>Aggregations named after their field, so the response is read back by name.</summary>
    private static JsonObject Facets(IEnumerable<string> fields)
    {
        var aggregations = new JsonObject();
        foreach (var field in fields.Distinct(StringComparer.Ordinal))
        {
            aggregations[field] = new JsonObject
            {
                ["terms"] = new JsonObject { ["field"] = $"{IndexDefinition.Keywords}.{field}", ["size"] = FacetSize },
            };
        }

        return aggregations;
    }

    private static void AddClauses(JsonObject boolQuery, string occur, IEnumerable<JsonObject> clauses)
    {
        var array = new JsonArray([.. clauses]);
        if (array.Count > 0)
        {
            boolQuery[occur] = array;
        }
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
