namespace Marketplace.Search;

/// <summary>
/// Words dropped from queries and documents by every engine, already folded. English function words only, plus "va"
/// (và): folded Vietnamese function words collide with real words ("của" folds to "cua", crab), so they stay.
/// </summary>
public static class SearchStopWords
{
    public static IReadOnlyList<string> Words { get; } =
        ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "va"];
}
