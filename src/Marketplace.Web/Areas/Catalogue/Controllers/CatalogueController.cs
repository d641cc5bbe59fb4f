using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>The public catalogue: listing by category and province, product pages, cooperative pages.</summary>
[Area("Catalogue")]
public sealed class CatalogueController(CatalogueReader catalogue, MarketplaceDbContext db) : Controller
{
    private const int PageSize = 24;

    [HttpGet("/catalogue")]
    public async Task<IActionResult> Index(string? category, string? province, int page = 1, CancellationToken cancellationToken = default)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => c.ParentCode == null).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        var products = await catalogue.BrowseAsync(category, province, page, PageSize, Cultures.CurrentIsEnglish, cancellationToken);
        var categoryName = category is null ? null : (await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Code == category, cancellationToken))?.Name(Cultures.CurrentIsEnglish);
        return View(new CatalogueViewModel(
            products,
            category,
            province,
            categoryName,
            categories.Select(c => new SelectListItem(c.Name(Cultures.CurrentIsEnglish), c.Code, c.Code == category)).ToList(),
            provinces.Select(p => new SelectListItem(p.Name(Cultures.CurrentIsEnglish), p.Code, p.Code == province)).ToList()));
    }

    [HttpGet("/products/{id:int}/{slug?}")]
    public async Task<IActionResult> Product(int id, string? slug, CancellationToken cancellationToken)
    {
        var product = await catalogue.ProductAsync(id, Cultures.CurrentIsEnglish, evenIfNotPublic: false, cancellationToken);
        if (product is null)
        {
            return NotFound();
        }

        // One address per product and language: an old or missing slug redirects to the current one.
        return slug == product.Card.Slug ? View(product) : RedirectPermanent(Url.Content($"~/products/{id}/{product.Card.Slug}"));
    }

    [HttpGet("/cooperatives/{id:int}/{slug?}")]
    public async Task<IActionResult> Cooperative(int id, string? slug, CancellationToken cancellationToken)
    {
        var cooperative = await catalogue.CooperativeAsync(id, Cultures.CurrentIsEnglish, cancellationToken);
        if (cooperative is null)
        {
            return NotFound();
        }

        return slug == cooperative.Slug ? View(cooperative) : RedirectPermanent(Url.Content($"~/cooperatives/{id}/{cooperative.Slug}"));
    }
}

public sealed record CatalogueViewModel(
    Paged<ProductCard> Products,
    string? Category,
    string? Province,
    string? CategoryName,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Provinces)
{
    public string PageUrl(int page) => BrowseLinks.PageUrl(Category, Province, page);
}
