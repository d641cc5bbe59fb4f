using Marketplace.Localization;
using Marketplace.Search.SearchCatalogue;
using Marketplace.Search;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Search.Controllers;

/// <summary>
/// The header's search box and the search page: products with facets as plain links (no JavaScript needed), plus
/// the cooperatives and open demands the words name.
/// </summary>
[Area("Search")]
public sealed class SearchController(CatalogueSearch search, ILogger<SearchController> logger) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index([FromQuery] SearchParameters parameters, CancellationToken cancellationToken)
    {
        try
        {
            var result = await search.SearchAsync(parameters.ToRequest(), Cultures.CurrentIsEnglish, cancellationToken);
            return View(new SearchViewModel(result));
        }
        catch (SearchUnavailableException e)
        {
            // The engine is down or slow: say so and keep the words, rather than an error page.
            logger.LogWarning(e, "Search page answered 503.");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
            return View("Unavailable", CatalogueSearch.Clean(parameters.Q));
        }
    }
}

/// <summary>The search page's query string. Anything unparseable falls back to its default rather than failing.</summary>
public sealed class SearchParameters
{
    public string? Q { get; set; }

    public string? Category { get; set; }

    public string? Province { get; set; }

    public string? Cert { get; set; }

    public string? Ocop { get; set; }

    public string? Kind { get; set; }

    public string? Verified { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    public CatalogueSearchRequest ToRequest() => new()
    {
        Text = Q,
        Category = Blank(Category),
        Province = Blank(Province),
        Certificate = Blank(Cert),
        Ocop = int.TryParse(Ocop, out var stars) ? stars : null,
        Kind = Blank(Kind),
        VerifiedOnly = Verified is "1" or "true" or "yes",
        Sort = CatalogueSearchRequest.ParseSort(Sort),
        Page = int.TryParse(Page, out var page) && page is > 0 and < 10_000 ? page : 1,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record SearchViewModel(CatalogueSearchResult Result)
{
    public CatalogueSearchRequest Request => Result.Request;

    public string Query => Request.Text ?? string.Empty;

    public bool HasFilters => Request is { Category: not null } or { Province: not null } or { Certificate: not null } or { Ocop: not null } or { Kind: not null } or { VerifiedOnly: true };

    /// <summary>This search with one parameter changed (null removes it); any change but the page goes back to page 1.</summary>
    public string Url(string name, string? value)
    {
        var parameters = new List<(string Name, string? Value)>
        {
            ("q", Query.Length > 0 ? Query : null),
            ("category", Request.Category),
            ("province", Request.Province),
            ("cert", Request.Certificate),
            ("ocop", Request.Ocop?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("kind", Request.Kind),
            ("verified", Request.VerifiedOnly ? "1" : null),
            ("sort", Request.Sort == ProductSort.Relevance ? null : Request.Sort.ToString().ToLowerInvariant()),
            ("page", null),
        };
        var index = parameters.FindIndex(p => p.Name == name);
        parameters[index] = (name, value);

        var query = string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? "?" : "?" + query;
    }

    public string Toggle(string name, FacetOption option) => Url(name, option.Selected ? null : option.Value);
}
