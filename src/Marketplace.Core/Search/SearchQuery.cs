namespace Marketplace.Search;

/// <summary>A condition on a keyword or number field; used both as a filter (must hold) and in a boost.</summary>
public abstract record SearchCondition(string Field);

/// <summary>The field holds at least one of the values.</summary>
public sealed record AnyOf(string Field, IReadOnlyList<string> Values) : SearchCondition(Field)
{
    public AnyOf(string field, string value)
        : this(field, [value])
    {
    }
}

/// <summary>The number field lies within [Min, Max]; an open end is null. A document without the field never matches.</summary>
public sealed record InRange(string Field, long? Min, long? Max) : SearchCondition(Field);

/// <summary>Raises the score of documents meeting the condition; the reason code comes back on every hit it raised.</summary>
public sealed record SearchBoost(string Reason, SearchCondition Condition, float Weight);

/// <summary>A text field to search and how much a match in it weighs.</summary>
public sealed record TextField(string Name, float Boost = 1f);

public enum SearchOrder
{
    Relevance = 0,
    NumberAscending = 1,
    NumberDescending = 2,
}

/// <summary>
/// An engine-neutral query. Text: every word (stop words aside) must match in at least one of <see cref="Fields"/>;
/// words of five letters or more tolerate one typo; an exact phrase ranks higher. <see cref="Alternatives"/> are other
/// ways to say the same thing (synonyms, the other language): a document matching any of them matches. Alternatives
/// are dictionary words, so they are matched without typo tolerance.
/// </summary>
public sealed record SearchQuery(string Index)
{
    public string? Text { get; init; }

    public IReadOnlyList<string> Alternatives { get; init; } = [];

    public IReadOnlyList<TextField> Fields { get; init; } = [];

    /// <summary>
    /// Words that make one word together, as Vietnamese writes them in syllables ("thanh long", "cà phê", "Bình Thuận")
    /// or English in two ("dragon fruit"). Where one stands in the text (or an alternative), its words must stand next
    /// to each other in one field, not anywhere in the document: "thanh long" is dragon fruit, not a pomelo from Vĩnh
    /// Long with a "thanh" in its description.
    /// </summary>
    public IReadOnlyList<string> Compounds { get; init; } = [];

    /// <summary>False: no typo tolerance at all (matching ranks by the demand's words as written).</summary>
    public bool TolerateTypos { get; init; } = true;

    /// <summary>False: the text only ranks (matching ranks a category's products by the demand's words but keeps them all).</summary>
    public bool TextRequired { get; init; } = true;

    public IReadOnlyList<SearchCondition> Filters { get; init; } = [];

    /// <summary>Documents that meet any of these are excluded.</summary>
    public IReadOnlyList<SearchCondition> Exclusions { get; init; } = [];

    public IReadOnlyList<SearchBoost> Boosts { get; init; } = [];

    /// <summary>Keyword fields to count values of, over every document that matches (not only the page).</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    /// <summary>The number field to sort by when <see cref="Order"/> is not relevance; documents without it come last.</summary>
    public string? OrderField { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    public bool HasText => !string.IsNullOrWhiteSpace(Text) || Alternatives.Count > 0;
}

public sealed record SearchHit(string Id, float Score, IReadOnlyList<string> Reasons);

public sealed record FacetCount(string Value, long Count);

public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());

    public IReadOnlyList<FacetCount> Facet(string field) =>
        Facets.TryGetValue(field, out var counts) ? counts : [];
}

/// <summary>Search-as-you-type over one text field; <see cref="Display"/> names the stored value returned.</summary>
public sealed record SuggestQuery(string Index, string Text, string Field, string Display)
{
    public IReadOnlyList<SearchCondition> Filters { get; init; } = [];

    public int Take { get; init; } = 8;
}

public sealed record Suggestion(string Id, string Text);
