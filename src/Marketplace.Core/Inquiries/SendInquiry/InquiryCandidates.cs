using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Accounts;
using Marketplace.Matching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.SendInquiry;

public sealed record CandidateProduct(int Id, string Name, SalesUnit Unit, bool Chosen);

public sealed record CandidateCooperative(int Id, string Name, string Province, IReadOnlyList<CandidateProduct> Products);

/// <summary>What the buyer's terms start from: its own demand's, when it asks from a match.</summary>
public sealed record DemandTerms(int Id, string Title, decimal Quantity, SalesUnit Unit, string DeliveryProvinceCode, DateOnly DeliveryFrom, DateOnly DeliveryTo, long? TargetPriceVnd, IReadOnlyList<string> RequiredCertificates, DateOnly ValidUntil);

/// <summary>
/// The products a buyer can tick on the inquiry form: the cooperative's published products when it comes from a
/// product or cooperative page (the product it came from ticked), or the matches of its own demand, by cooperative,
/// for one request to several cooperatives.
/// </summary>
public sealed class InquiryCandidates(MarketplaceDbContext db, DemandMatchesReader matches)
{
    public async Task<IReadOnlyList<CandidateCooperative>> ForCooperativeAsync(int? cooperativeId, int? productId, IReadOnlyCollection<int> chosen, bool english, CancellationToken cancellationToken)
    {
        var cooperative = cooperativeId ?? await db.Products.PubliclyVisible(db).Where(p => p.Id == productId).Select(p => (int?)p.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        if (cooperative is null)
        {
            return [];
        }

        var organisation = await db.Organisations.PubliclyVisible().Where(o => o.Id == cooperative && o.Type == Accounts.OrganisationType.Cooperative)
            .Select(o => new { o.Id, Name = english ? o.NameEn ?? o.Name : o.Name, o.ProvinceCode }).SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return [];
        }

        var products = await db.Products.AsNoTracking().PubliclyVisible(db).Where(p => p.OrganisationId == cooperative).OrderBy(p => p.NameVi).Take(InquiryForm.MaxProducts).ToListAsync(cancellationToken);
        var province = await db.Provinces.Where(p => p.Code == organisation.ProvinceCode).Select(p => english ? p.NameEn : p.NameVi).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        return
        [
            new CandidateCooperative(organisation.Id, organisation.Name, province,
                [.. products.Select(p => new CandidateProduct(p.Id, p.Name(english), p.Unit, chosen.Contains(p.Id) || p.Id == productId))]),
        ];
    }

    /// <summary>The matches of the buyer's own open demand, at most <see cref="QuotationRequest.MaxCooperatives"/> cooperatives; null if it is not the buyer's.</summary>
    public async Task<(DemandTerms Terms, IReadOnlyList<CandidateCooperative> Cooperatives)?> ForDemandAsync(int buyerId, int demandId, IReadOnlyCollection<int> chosen, bool english, CancellationToken cancellationToken)
    {
        var demand = await db.Demands.AsNoTracking().SingleOrDefaultAsync(d => d.Id == demandId && d.OrganisationId == buyerId, cancellationToken);
        if (demand is null)
        {
            return null;
        }

        var found = await matches.ReadAsync(demandId, buyerId, viewerIsStaff: false, english, DemandMatchesReader.DefaultTake, cancellationToken) ?? [];
        var cooperatives = found.GroupBy(m => m.Product.CooperativeId).Take(QuotationRequest.MaxCooperatives)
            .Select(g => new CandidateCooperative(g.Key, g.First().Product.CooperativeName, g.First().Product.ProvinceName,
                [.. g.Select(m => new CandidateProduct(m.Product.Id, m.Product.Name, m.Product.Unit, chosen.Contains(m.Product.Id)))]))
            .ToList();
        var terms = new DemandTerms(demand.Id, demand.Title, demand.Quantity, demand.Unit, demand.DeliveryProvinceCode, demand.DeliveryFrom, demand.DeliveryTo, demand.TargetPriceVnd,
            demand.RequiredCertificateCodes, demand.ValidUntil);
        return (terms, cooperatives);
    }
}
