using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.ReferenceData;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>The public catalogue: listing by category and province, product pages, cooperative pages.</summary>
[Area("Catalogue")]
public sealed class CatalogueController(CatalogueReader catalogue, ReferenceTablesCache referenceTables) : Controller
{
    private const int PageSize = 24;

    [HttpGet("/catalogue")]
    [OutputCache(PolicyName = PageCaching.PublicPage)]
    public async Task<IActionResult> Index(string? category, string? province, int page = 1, CancellationToken cancellationToken = default)
    {
        var english = Cultures.CurrentIsEnglish;
        var tables = await referenceTables.GetAsync(cancellationToken);
        var products = await catalogue.BrowseAsync(category, province, page, PageSize, english, cancellationToken);
        var categoryName = category is null ? null : tables.Categories.GetValueOrDefault(category)?.Name(english);
        return View(new CatalogueViewModel(
            products,
            category,
            province,
            categoryName,
            ReferenceLists.Sectors(tables, english, category),
            ReferenceLists.Provinces(tables, english, province)));
    }

    [HttpGet("/products/{id:int}/{slug?}")]
    [OutputCache(PolicyName = PageCaching.PublicPage)]
    public async Task<IActionResult> Product(int id, string? slug, CancellationToken cancellationToken)
    {
        var product = await catalogue.ProductAsync(id, Cultures.CurrentIsEnglish, evenIfNotPublic: false, cancellationToken);
        if (product is null)
        {
            return NotFound();
        }

        // One address per product and language: an old or missing slug redirects to the current one.
        if (slug != product.Card.Slug)
        {
            return RedirectPermanent(Url.Content($"~/products/{id}/{product.Card.Slug}"));
        }

        var vietnamese = product.NameVi ?? product.Card.Name;
        OtherLanguageAddress.Use(
            HttpContext,
            $"/products/{id}/{Slugs.For(vietnamese)}",
            $"/products/{id}/{Slugs.For(Bilingual.Pick(vietnamese, product.NameEn, wantEnglish: true))}");
        return View(product);
    }

    [HttpGet("/cooperatives/{id:int}/{slug?}")]
    [OutputCache(PolicyName = PageCaching.PublicPage)]
    public async Task<IActionResult> Cooperative(int id, string? slug, CancellationToken cancellationToken)
    {
        var cooperative = await catalogue.CooperativeAsync(id, Cultures.CurrentIsEnglish, cancellationToken);
        if (cooperative is null)
        {
            return NotFound();
        }

        if (slug != cooperative.Slug)
        {
            return RedirectPermanent(Url.Content($"~/cooperatives/{id}/{cooperative.Slug}"));
        }

        OtherLanguageAddress.Use(
            HttpContext,
            $"/cooperatives/{id}/{Slugs.For(cooperative.Name)}",
            $"/cooperatives/{id}/{Slugs.For(Bilingual.Pick(cooperative.Name, cooperative.NameEn, wantEnglish: true))}");
        return View(cooperative);
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
