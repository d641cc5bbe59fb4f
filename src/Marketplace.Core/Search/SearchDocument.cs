namespace Marketplace.Search;

/// <summary>
/// What an engine stores for one entity. Field names are chosen by the module that indexes (see
/// <c>ProductIndex</c>); engines treat every field by its kind only.
/// </summary>
public sealed class SearchDocument(string id)
{
    public string Id { get; } = id;

    /// <summary>Analysed text: folded Vietnamese marks, case, stop words; searched by <see cref="SearchQuery.Text"/>.</summary>
    public Dictionary<string, string> Text { get; } = new(StringComparer.Ordinal);

    /// <summary>Exact values for filters, boosts and facets (several per field allowed).</summary>
    public Dictionary<string, IReadOnlyList<string>> Keywords { get; } = new(StringComparer.Ordinal);

    /// <summary>Whole numbers for ranges, boosts and sorting (money in VND, dates as day numbers, stars...).</summary>
    public Dictionary<string, long> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>Values returned with suggestions (display names), not searched.</summary>
    public Dictionary<string, string> Stored { get; } = new(StringComparer.Ordinal);
}
