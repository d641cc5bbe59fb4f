using Marketplace.Accounts;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Content;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.Browse;

/// <summary>
/// Reads demands for the public pages and the API. Never returns entities, and never the company name of a buyer who
/// chose to stay anonymous: that is decided here, once, so no page or DTO can show it by mistake.
/// </summary>
public sealed class DemandReader(MarketplaceDbContext db, ReferenceData.ReferenceTablesCache referenceTables, MarkdownRenderer markdown, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>Open demands (not closed, not past their valid-until day in Vietnam) of visible buyers, newest first.</summary>
    public async Task<Paged<DemandCard>> BrowseAsync(string? category, string? province, int page, int pageSize, bool english, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Visible().OpenOn(Cultures.TodayInVietnam(clock));
        if (!string.IsNullOrEmpty(category))
        {
            // A top-level category lists its children's demands too.
            var codes = (await referenceTables.GetAsync(cancellationToken)).CategoryAndChildren(category);
            query = query.Where(d => codes.Contains(d.CategoryCode));
        }

        if (!string.IsNullOrEmpty(province))
        {
            query = query.Where(d => d.DeliveryProvinceCode == province);
        }

        var total = await query.CountAsync(cancellationToken);
        var ids = await query.OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(d => d.Id).ToListAsync(cancellationToken);
        return new Paged<DemandCard>(await CardsAsync(ids, english, cancellationToken), page, pageSize, total);
    }

    /// <summary>
    /// A demand page, open or not (a closed or expired one says so rather than vanishing from a link someone shared);
    /// null when there is no such demand or its buyer is hidden.
    /// </summary>
    public async Task<DemandDetails?> DemandAsync(int id, bool english, CancellationToken cancellationToken)
    {
        var demand = await Visible().Where(d => d.Id == id).Select(d => new { d.Description, d.ClosedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        if (demand is null)
        {
            return null;
        }

        var card = (await CardsAsync([id], english, cancellationToken)).Single();
        return new DemandDetails(card, demand.Description, markdown.ToSafeHtml(demand.Description), MarkdownRenderer.ToPlainText(demand.Description, 160), demand.ClosedAtUtc);
    }

    /// <summary>Cards for the given demands, in the given order.</summary>
    public async Task<IReadOnlyList<DemandCard>> CardsAsync(IReadOnlyList<int> ids, bool english, CancellationToken cancellationToken)
    {
        var rows = await (
            from d in db.Demands.AsNoTracking()
            where ids.Contains(d.Id)
            join o in db.Organisations on d.OrganisationId equals o.Id
            join buyerProvince in db.Provinces on o.ProvinceCode equals buyerProvince.Code
            join delivery in db.Provinces on d.DeliveryProvinceCode equals delivery.Code
            join category in db.Categories on d.CategoryCode equals category.Code
            select new
            {
                Demand = d,

                // The name is not even read when the buyer chose not to show it.
                BuyerName = d.ShowCompanyName ? o.Name : null,
                BuyerNameEn = d.ShowCompanyName ? o.NameEn : null,
                o.BuyerKind,
                BuyerProvince = english ? buyerProvince.NameEn : buyerProvince.NameVi,
                DeliveryProvince = english ? delivery.NameEn : delivery.NameVi,
                Category = english ? category.NameEn : category.NameVi,
                category.ParentCode,
            }).ToListAsync(cancellationToken);
        var certificateTypes = (await referenceTables.GetAsync(cancellationToken)).CertificateTypes;
        var today = Cultures.TodayInVietnam(clock);
        var byId = rows.ToDictionary(r => r.Demand.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r =>
        {
            var d = r.Demand;
            return new DemandCard(
                d.Id,
                d.Title,
                d.CategoryCode,
                r.ParentCode ?? d.CategoryCode,
                r.Category,
                d.Quantity,
                d.Unit,
                d.Frequency,
                d.DeliveryProvinceCode,
                r.DeliveryProvince,
                d.DeliveryFrom,
                d.DeliveryTo,
                d.RequiredCertificateCodes.Select(code => new RequiredCertificate(code, certificateTypes.GetValueOrDefault(code)?.Name(english) ?? code)).ToList(),
                d.MinimumOcopStars,
                d.TargetPriceVnd,
                d.ValidUntil,
                new DemandBuyer(r.BuyerName is null ? null : Bilingual.Pick(r.BuyerName, r.BuyerNameEn, english), r.BuyerKind, r.BuyerProvince),
                DemandStates.Of(d.Status, d.ValidUntil, today),
                d.CreatedAtUtc);
        }).ToList();
    }

    /// <summary>Demands of buyers an administrator has not hidden.</summary>
    /// <summary>The open demands a visitor may see, with when each last changed (for the sitemap).</summary>
    public async Task<IReadOnlyList<(int Id, DateTime UpdatedAtUtc)>> OpenListAsync(CancellationToken cancellationToken) =>
        (await Visible().OpenOn(Cultures.TodayInVietnam(clock)).OrderBy(d => d.Id).Select(d => new { d.Id, d.UpdatedAtUtc }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.UpdatedAtUtc)).ToList();

    private IQueryable<Demand> Visible() =>
        db.Demands.AsNoTracking().Where(d => db.Organisations.PubliclyVisible().Any(o => o.Id == d.OrganisationId));
}

/// <summary>Who posted a demand: the company's name only when it chose to show it, otherwise its kind and province.</summary>
public sealed record DemandBuyer(string? Name, BuyerKind? Kind, string ProvinceName);

public sealed record RequiredCertificate(string Code, string Name);

/// <summary>What a listing shows of a demand.</summary>
public sealed record DemandCard(
    int Id,
    string Title,
    string CategoryCode,
    string TopCategoryCode,
    string CategoryName,
    decimal Quantity,
    SalesUnit Unit,
    DemandFrequency Frequency,
    string DeliveryProvinceCode,
    string DeliveryProvinceName,
    DateOnly DeliveryFrom,
    DateOnly DeliveryTo,
    IReadOnlyList<RequiredCertificate> RequiredCertificates,
    int? MinimumOcopStars,
    long? TargetPriceVnd,
    DateOnly ValidUntil,
    DemandBuyer Buyer,
    DemandState State,
    DateTime CreatedAtUtc);

/// <param name="Description">The Markdown as the buyer wrote it (for the API).</param>
public sealed record DemandDetails(DemandCard Card, string? Description, string DescriptionHtml, string DescriptionPlain, DateTime? ClosedAtUtc);
