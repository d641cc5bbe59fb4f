using Marketplace.Catalogue.Browse;

namespace Marketplace.Search.SearchCatalogue;

public enum ProductSort
{
    Relevance = 0,
    Newest = 1,
    PriceLow = 2,
    PriceHigh = 3,
}

/// <summary>What a buyer asked: words and the facets they picked. Unknown values simply match nothing.</summary>
public sealed record CatalogueSearchRequest
{
    public string? Text { get; init; }

    public string? Category { get; init; }

    public string? Province { get; init; }

    public string? Certificate { get; init; }

    public int? Ocop { get; init; }

    public string? Kind { get; init; }

    public bool VerifiedOnly { get; init; }

    public ProductSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 24;

    /// <summary>
    /// Whether the first page also names the cooperatives and open demands the words match (the search page shows them;
    /// the products API does not return them, so it does not ask).
    /// </summary>
    public bool WithRelated { get; init; } = true;

    /// <summary>A sort name from a query string; anything unknown is relevance.</summary>
    public static ProductSort ParseSort(string? name) =>
        Enum.TryParse<ProductSort>(name, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(name, out _) ? sort : ProductSort.Relevance;
}

/// <summary>One value of a facet as a page shows it: its label in the reader's language and how many products have it.</summary>
public sealed record FacetOption(string Value, string Label, long Count, bool Selected);

public sealed record CooperativeHit(int Id, string Slug, string Name, string ProvinceName, bool Verified);

public sealed record DemandHit(int Id, string Title, string ProvinceName, DateOnly ValidUntil);

public sealed record CatalogueSearchResult(
    CatalogueSearchRequest Request,
    Paged<ProductCard> Products,
    IReadOnlyList<FacetOption> Categories,
    IReadOnlyList<FacetOption> Provinces,
    IReadOnlyList<FacetOption> Certificates,
    IReadOnlyList<FacetOption> OcopStars,
    IReadOnlyList<FacetOption> Kinds,
    FacetOption Verified,
    IReadOnlyList<CooperativeHit> Cooperatives,
    IReadOnlyList<DemandHit> Demands);
