namespace Marketplace.Search;

/// <summary>The indexes the site keeps. Fairs join them when fairs exist.</summary>
public static class SearchIndexes
{
    public const string Products = "products";

    public const string Cooperatives = "cooperatives";

    public const string Demands = "demands";

    public static IReadOnlyList<string> All { get; } = [Products, Cooperatives, Demands];
}
