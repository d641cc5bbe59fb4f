using Marketplace.Localization;
using Marketplace.Search.SearchCatalogue;
using Marketplace.Web.Areas.Catalogue.Api;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Search.Api;

/// <summary>Search-as-you-type for buyers' systems and the search page's enhancement.</summary>
internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/suggest", SuggestAsync).WithName("Suggest").WithTags("Search")
            .WithSummary("Product names completing the words typed so far (at least two characters); the last word may be unfinished.");
        return api;
    }

    private static async Task<IReadOnlyList<SuggestionDto>> SuggestAsync(CatalogueSearch search, string? q, string? lang = null, CancellationToken cancellationToken = default)
    {
        var english = string.Equals(lang, Cultures.EnglishCode, StringComparison.OrdinalIgnoreCase);
        var suggestions = await search.SuggestAsync(q, english, cancellationToken);
        return suggestions.Select(s => new SuggestionDto(s.Text, int.Parse(s.Id, System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }
}

/// <summary>Public on purpose: the catalogue's product list answers with the same facet counts as the search.</summary>
public static class FacetDtos
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetDto>> From(CatalogueSearchResult result)
    {
        static IReadOnlyList<FacetDto> Dto(IEnumerable<FacetOption> options) => options.Select(o => new FacetDto(o.Value, o.Label, o.Count)).ToList();
        return new Dictionary<string, IReadOnlyList<FacetDto>>
        {
            ["category"] = Dto(result.Categories),
            ["province"] = Dto(result.Provinces),
            ["cert"] = Dto(result.Certificates),
            ["ocop"] = Dto(result.OcopStars),
            ["kind"] = Dto(result.Kinds),
            ["verified"] = Dto([result.Verified]),
        };
    }
}

public sealed record SuggestionDto(string Text, int ProductId);

/// <summary>The products list's query string: browsing (category, province) or searching (q and facets).</summary>
public sealed class ProductListParameters
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    [FromQuery(Name = "province")]
    public string? Province { get; set; }

    [FromQuery(Name = "cert")]
    public string? Cert { get; set; }

    [FromQuery(Name = "ocop")]
    public int? Ocop { get; set; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "verified")]
    public bool? Verified { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    [FromQuery(Name = "lang")]
    public string? Lang { get; set; }

    public bool AsksSearch => !string.IsNullOrWhiteSpace(Q) || Cert is not null || Ocop is not null || Kind is not null || Verified is not null || Sort is not null;

    public CatalogueSearchRequest ToRequest() => new()
    {
        Text = Q,
        Category = Category,
        Province = Province,
        Certificate = Cert,
        Ocop = Ocop,
        Kind = Kind,
        VerifiedOnly = Verified == true,
        Sort = CatalogueSearchRequest.ParseSort(Sort),
        Page = Page ?? 1,
        PageSize = PageSize ?? 24,
    };
}
