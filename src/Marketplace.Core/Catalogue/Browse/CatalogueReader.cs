using Marketplace.Accounts;
using Marketplace.Content;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Browse;

/// <summary>Reads the public catalogue for pages and the API: listings, product pages, cooperative pages. Never returns entities.</summary>
public sealed class CatalogueReader(MarketplaceDbContext db, ReferenceData.ReferenceTablesCache referenceTables, MarkdownRenderer markdown, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<Paged<ProductCard>> BrowseAsync(string? category, string? province, int page, int pageSize, bool english, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = db.Products.AsNoTracking().PubliclyVisible(db);
        if (!string.IsNullOrEmpty(category))
        {
            // A top-level category lists its children's products too.
            var codes = (await referenceTables.GetAsync(cancellationToken)).CategoryAndChildren(category);
            query = query.Where(p => codes.Contains(p.CategoryCode));
        }

        if (!string.IsNullOrEmpty(province))
        {
            query = query.Where(p => p.OriginProvinceCode == province);
        }

        var total = await query.CountAsync(cancellationToken);
        var ids = await query.OrderByDescending(p => p.UpdatedAtUtc).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(cancellationToken);
        return new Paged<ProductCard>(await CardsAsync(ids, english, cancellationToken), page, pageSize, total);
    }

    /// <summary>Cards for the given products, in the given order.</summary>
    public async Task<IReadOnlyList<ProductCard>> CardsAsync(IReadOnlyList<int> ids, bool english, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in db.Products.AsNoTracking()
            where ids.Contains(p.Id)
            join o in db.Organisations on p.OrganisationId equals o.Id
            join province in db.Provinces on p.OriginProvinceCode equals province.Code
            join category in db.Categories on p.CategoryCode equals category.Code
            select new
            {
                p.Id,
                p.NameVi,
                p.NameEn,
                OrganisationId = o.Id,
                OrganisationName = o.Name,
                OrganisationNameEn = o.NameEn,
                o.VerifiedAtUtc,
                ProvinceVi = province.NameVi,
                ProvinceEn = province.NameEn,
                p.CategoryCode,
                category.ParentCode,
                p.PriceMinVnd,
                p.PriceMaxVnd,
                p.Unit,
                p.OcopStars,
                Cover = p.Photos.OrderBy(photo => photo.Position).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r =>
        {
            var name = Bilingual.Pick(r.NameVi, r.NameEn, english);
            return new ProductCard(
                r.Id, Slugs.For(name), name, r.OrganisationId,
                Bilingual.Pick(r.OrganisationName, r.OrganisationNameEn, english),
                r.VerifiedAtUtc is not null, english ? r.ProvinceEn : r.ProvinceVi, r.CategoryCode, r.ParentCode ?? r.CategoryCode,
                r.PriceMinVnd, r.PriceMaxVnd, r.Unit, r.OcopStars, r.Cover is null ? null : ToView(r.Cover));
        }).ToList();
    }

    /// <summary>A product page, or null when it does not exist or is not public (unless <paramref name="evenIfNotPublic"/>, for its own cooperative).</summary>
    public async Task<ProductDetails?> ProductAsync(int id, bool english, bool evenIfNotPublic, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Where(p => p.Id == id);
        var product = await (evenIfNotPublic ? products : products.PubliclyVisible(db))
            .Include(p => p.Photos).Include(p => p.Certificates).ThenInclude(c => c.Certificate)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return null;
        }

        var card = (await CardsAsync([id], english, cancellationToken)).Single();
        var category = (await referenceTables.GetAsync(cancellationToken)).Categories[product.CategoryCode];
        var description = product.Description(english);
        return new ProductDetails(
            card,
            product.NameVi,
            product.NameEn,
            markdown.ToSafeHtml(description),
            MarkdownRenderer.ToPlainText(description, 160),
            category.Name(english),
            product.OcopCertificateNumber,
            product.OcopYear,
            product.OriginPlace,
            product.GeographicalIndication,
            product.MinimumOrder,
            product.CapacityAmount,
            product.CapacityUnit,
            product.CapacityPeriod,
            HarvestMonths.ToList(product.HarvestMonths),
            product.ShelfLifeDays,
            product.Packaging,
            Split(product.ExportMarkets),
            product.Photos.OrderBy(p => p.Position).Select(ToView).ToList(),
            await CertificateViewsAsync(product.Certificates.Select(c => c.Certificate!).ToList(), english, cancellationToken),
            product.TraceCode,
            product.Status,
            product.UpdatedAtUtc,
            Bilingual.LanguageOf(product.DescriptionEn, english));
    }

    /// <summary>A cooperative's public page, or null when there is no such visible cooperative.</summary>
    public async Task<CooperativeDetails?> CooperativeAsync(int id, bool english, CancellationToken cancellationToken)
    {
        var cooperative = await db.Organisations.AsNoTracking().PubliclyVisible()
            .SingleOrDefaultAsync(o => o.Id == id && o.Type == Accounts.OrganisationType.Cooperative, cancellationToken);
        if (cooperative is null)
        {
            return null;
        }

        var tables = await referenceTables.GetAsync(cancellationToken);
        var province = tables.Provinces[cooperative.ProvinceCode];
        var sectors = Split(cooperative.Sectors).Where(tables.Categories.ContainsKey).Select(code => tables.Categories[code]).ToList();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.OrganisationId == id).ToListAsync(cancellationToken);
        var productIds = await db.Products.AsNoTracking().PubliclyVisible(db).Where(p => p.OrganisationId == id)
            .OrderBy(p => p.NameVi).Select(p => p.Id).Take(MaxPageSize).ToListAsync(cancellationToken);
        var description = Bilingual.PickOptional(cooperative.Description, cooperative.DescriptionEn, english);
        var name = Bilingual.Pick(cooperative.Name, cooperative.NameEn, english);
        return new CooperativeDetails(
            cooperative.Id,
            Slugs.For(name),
            cooperative.Name,
            cooperative.NameEn,
            cooperative.CooperativeKind,
            cooperative.RegistrationNumber,
            province.Name(english),
            cooperative.Address,
            cooperative.YearFounded,
            cooperative.MemberCount,
            sectors.OrderBy(s => s.SortOrder).Select(s => s.Name(english)).ToList(),
            markdown.ToSafeHtml(description),
            MarkdownRenderer.ToPlainText(description, 160),
            cooperative.Phone,
            cooperative.Zalo,
            cooperative.ContactEmail,
            cooperative.Website,
            cooperative.VerifiedAtUtc,
            await CertificateViewsAsync(certificates, english, cancellationToken),
            await CardsAsync(productIds, english, cancellationToken),
            cooperative.LogoMediaKey);
    }

    /// <summary>Certificates with their type names and whether they are valid today (Vietnam time); valid ones first.</summary>
    public async Task<IReadOnlyList<CertificateView>> CertificateViewsAsync(IReadOnlyList<Certificate> certificates, bool english, CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        var types = (await referenceTables.GetAsync(cancellationToken)).CertificateTypes;
        return certificates
            .Select(c => new CertificateView(c.TypeCode, types[c.TypeCode].Name(english), c.Number, c.Issuer, c.Scope, c.ValidUntil, c.IsValidOn(today), c.DocumentMediaKey))
            .OrderByDescending(c => c.Valid).ThenBy(c => types[c.TypeCode].SortOrder)
            .ToList();
    }

    private static PhotoView ToView(ProductPhoto photo) =>
        new(photo.MediaKey, photo.Width, photo.Height, Split(photo.Widths).Select(int.Parse).ToList());

    private static List<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
