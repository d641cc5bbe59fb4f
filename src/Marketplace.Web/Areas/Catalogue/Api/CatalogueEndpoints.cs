using Marketplace.Accounts;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.Search.SearchCatalogue;
using Marketplace.Web.Areas.Search.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Areas.Catalogue.Api;

/// <summary>The public catalogue for buyers' systems: the same rules as the pages (only what the public may see), as DTOs with paging.</summary>
internal static class CatalogueEndpoints
{
    public static RouteGroupBuilder MapCatalogueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/products", ListProductsAsync).WithName("ListProducts").WithTags("Catalogue")
            .WithSummary("Published products, newest first; filter by category (a top-level category includes its children) and origin province. "
                + "With q (words, diacritics optional, Vietnamese or English) or any of cert, ocop, kind, verified, sort (relevance, newest, pricelow, pricehigh), "
                + "the search engine ranks them and the answer carries facet counts.");
        api.MapGet("/products/{id:int}", GetProductAsync).WithName("GetProduct").WithTags("Catalogue")
            .WithSummary("One published product with its facts and the cooperative's certificates that cover it.");
        api.MapGet("/cooperatives", ListCooperativesAsync).WithName("ListCooperatives").WithTags("Catalogue")
            .WithSummary("Cooperatives on the marketplace, by name; filter by province and verified.");
        api.MapGet("/cooperatives/{id:int}", GetCooperativeAsync).WithName("GetCooperative").WithTags("Catalogue")
            .WithSummary("One cooperative's profile with its certificates (valid and expired) and published products.");
        return api;
    }

    private static bool English(string? lang) => string.Equals(lang, Cultures.EnglishCode, StringComparison.OrdinalIgnoreCase);

    private static async Task<ProductPageDto> ListProductsAsync(
        CatalogueReader catalogue, CatalogueSearch search, [AsParameters] ProductListParameters parameters, CancellationToken cancellationToken = default)
    {
        var english = English(parameters.Lang);
        if (!parameters.AsksSearch)
        {
            var page = await catalogue.BrowseAsync(parameters.Category, parameters.Province, parameters.Page ?? 1, parameters.PageSize ?? 24, english, cancellationToken);
            return new ProductPageDto(page.Items.Select(ProductDtos.Summary).ToList(), page.Page, page.PageSize, page.Total, null);
        }

        var result = await search.SearchAsync(parameters.ToRequest() with { WithRelated = false }, english, cancellationToken);
        var found = result.Products;
        return new ProductPageDto(found.Items.Select(ProductDtos.Summary).ToList(), found.Page, found.PageSize, found.Total, FacetDtos.From(result));
    }

    private static async Task<Results<Ok<ProductDto>, NotFound>> GetProductAsync(CatalogueReader catalogue, int id, string? lang = null, CancellationToken cancellationToken = default)
    {
        var product = await catalogue.ProductAsync(id, English(lang), evenIfNotPublic: false, cancellationToken);
        return product is null ? TypedResults.NotFound() : TypedResults.Ok(new ProductDto(
            ProductDtos.Summary(product.Card),
            product.NameVi ?? product.Card.Name,
            product.NameEn,
            product.DescriptionPlain,
            product.OcopCertificateNumber,
            product.OcopYear,
            product.OriginPlace,
            product.GeographicalIndication,
            product.MinimumOrder,
            product.CapacityAmount is { } amount ? new CapacityDto(amount, product.CapacityUnit!.Value.ToString().ToLowerInvariant(), product.CapacityPeriod!.Value.ToString().ToLowerInvariant()) : null,
            product.HarvestMonths,
            product.ShelfLifeDays,
            product.Packaging,
            product.ExportMarkets,
            product.Certificates.Select(ToDto).ToList(),
            product.Photos.Select(p => $"/media/{p.MediaKey}/{p.Widths.Max()}.jpg").ToList(),
            $"/t/{product.TraceCode}"));
    }

    private static async Task<PageDto<CooperativeSummaryDto>> ListCooperativesAsync(
        MarketplaceDbContext db, string? province, bool? verified, int page = 1, int pageSize = 24, string? lang = null, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, CatalogueReader.MaxPageSize);
        var query = db.Organisations.AsNoTracking().PubliclyVisible().Where(o => o.Type == OrganisationType.Cooperative);
        if (!string.IsNullOrEmpty(province))
        {
            query = query.Where(o => o.ProvinceCode == province);
        }

        if (verified is { } onlyVerified)
        {
            query = onlyVerified ? query.Where(o => o.VerifiedAtUtc != null) : query.Where(o => o.VerifiedAtUtc == null);
        }

        var english = English(lang);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(o => new { o.Id, o.Name, o.NameEn, o.CooperativeKind, o.ProvinceCode, o.VerifiedAtUtc, Products = db.Products.PubliclyVisible(db).Count(p => p.OrganisationId == o.Id) })
            .ToListAsync(cancellationToken);
        return new PageDto<CooperativeSummaryDto>(
            rows.Select(r =>
            {
                var name = Bilingual.Pick(r.Name, r.NameEn, english);
                return new CooperativeSummaryDto(r.Id, name, r.CooperativeKind?.ToString(), r.ProvinceCode, r.VerifiedAtUtc is not null, r.Products, $"/cooperatives/{r.Id}/{Slugs.For(name)}");
            }).ToList(),
            page,
            pageSize,
            total);
    }

    private static async Task<Results<Ok<CooperativeDto>, NotFound>> GetCooperativeAsync(CatalogueReader catalogue, int id, string? lang = null, CancellationToken cancellationToken = default)
    {
        var cooperative = await catalogue.CooperativeAsync(id, English(lang), cancellationToken);
        return cooperative is null ? TypedResults.NotFound() : TypedResults.Ok(new CooperativeDto(
            cooperative.Id,
            cooperative.Name,
            cooperative.NameEn,
            cooperative.Kind?.ToString(),
            cooperative.RegistrationNumber,
            cooperative.ProvinceName,
            cooperative.Address,
            cooperative.YearFounded,
            cooperative.MemberCount,
            cooperative.SectorNames,
            cooperative.DescriptionPlain,
            new ContactsDto(cooperative.Phone, cooperative.Zalo, cooperative.ContactEmail, cooperative.Website),
            cooperative.VerifiedAtUtc,
            cooperative.Certificates.Select(ToDto).ToList(),
            cooperative.Products.Select(ProductDtos.Summary).ToList()));
    }

    private static CertificateDto ToDto(CertificateView c) => new(c.TypeCode, c.TypeName, c.Number, c.Issuer, c.Scope, c.ValidUntil, c.Valid);
}

/// <summary>Public on purpose: other modules' APIs (matching) list products the same way.</summary>
public static class ProductDtos
{
    public static ProductSummaryDto Summary(ProductCard card) => new(
        card.Id, card.Name, card.CooperativeId, card.CooperativeName, card.CooperativeVerified, card.ProvinceName, card.CategoryCode,
        card.PriceMinVnd, card.PriceMaxVnd, card.Unit.ToString().ToLowerInvariant(), card.OcopStars, $"/products/{card.Id}/{card.Slug}");
}

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>A page of products; <c>facets</c> (value, label, count per facet) comes with searches, null when only browsing.</summary>
public sealed record ProductPageDto(IReadOnlyList<ProductSummaryDto> Items, int Page, int PageSize, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetDto>>? Facets);

public sealed record FacetDto(string Value, string Label, long Count);

/// <summary>Prices are whole VND per <c>unit</c>; both null means price on request.</summary>
public sealed record ProductSummaryDto(
    int Id, string Name, int CooperativeId, string CooperativeName, bool CooperativeVerified, string Province, string Category,
    long? PriceMinVnd, long? PriceMaxVnd, string Unit, int? OcopStars, string Url);

public sealed record CapacityDto(decimal Amount, string Unit, string Period);

public sealed record CertificateDto(string Type, string Name, string Number, string? Issuer, string? Scope, DateOnly ValidUntil, bool Valid);

public sealed record ProductDto(
    ProductSummaryDto Summary, string NameVi, string? NameEn, string? Description, string? OcopCertificateNumber, int? OcopYear,
    string? OriginPlace, string? GeographicalIndication, decimal? MinimumOrder, CapacityDto? Capacity, IReadOnlyList<int> HarvestMonths,
    int? ShelfLifeDays, string? Packaging, IReadOnlyList<string> ExportMarkets, IReadOnlyList<CertificateDto> Certificates,
    IReadOnlyList<string> Photos, string TraceUrl);

public sealed record CooperativeSummaryDto(int Id, string Name, string? Kind, string Province, bool Verified, int PublishedProducts, string Url);

public sealed record ContactsDto(string? Phone, string? Zalo, string? Email, string? Website);

public sealed record CooperativeDto(
    int Id, string Name, string? NameEn, string? Kind, string? RegistrationNumber, string Province, string? Address, int? YearFounded,
    int? Members, IReadOnlyList<string> Sectors, string? Description, ContactsDto Contacts, DateTime? VerifiedAtUtc,
    IReadOnlyList<CertificateDto> Certificates, IReadOnlyList<ProductSummaryDto> Products);
