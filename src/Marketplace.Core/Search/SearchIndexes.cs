namespace Marketplace.Search;

/// <summary>
/// The names of the indexes the site keeps, for the queries that ask them. Which indexes exist is what the modules
/// register (<see cref="SearchSources"/>, ADR 0010).
/// </summary>
public static class SearchIndexes
{
    public const string Products = "products";

    public const string Cooperatives = "cooperatives";

    public const string Demands = "demands";
}
