using System.Globalization;
using Marketplace.Data;
using Marketplace.Demands;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Search.Indexing;

/// <summary>The fields of a demand's search document: what a product is checked against to find the demands it can fill.</summary>
public static class DemandFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string CategoryText = "category";
    public const string Category = "category";
    public const string Province = "province";
    public const string RequiredCertificate = "required";
    public const string Organisation = "organisation";
    public const string ValidUntil = "valid_until";
    public const string DeliveryFrom = "delivery_from";
    public const string DeliveryTo = "delivery_to";
    public const string MinimumOcop = "min_ocop";
    public const string Created = "created";
    public const string Display = "display";
}

/// <summary>Builds documents of open demands; closed ones get none. Expired ones are filtered by their valid-until day.</summary>
internal sealed class DemandDocuments(MarketplaceDbContext db, PlaceNames places)
{
    public async Task<List<SearchDocument>> BuildAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var demands = await db.Demands.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.Status == DemandStatus.Open)
            .Where(d => db.Organisations.Any(o => o.Id == d.OrganisationId && o.HiddenAtUtc == null))
            .ToListAsync(cancellationToken);
        return demands.Select(Document).ToList();
    }

    private SearchDocument Document(Demand demand)
    {
        var document = new SearchDocument(demand.Id.ToString(CultureInfo.InvariantCulture));
        document.Text[DemandFields.Title] = demand.Title;
        document.Text[DemandFields.Description] = demand.Description ?? string.Empty;
        document.Text[DemandFields.CategoryText] = places.CategoryText(demand.CategoryCode);
        document.Keywords[DemandFields.Category] = [demand.CategoryCode];
        document.Keywords[DemandFields.Province] = [demand.DeliveryProvinceCode];
        document.Keywords[DemandFields.RequiredCertificate] = demand.RequiredCertificateCodes;
        document.Keywords[DemandFields.Organisation] = [demand.OrganisationId.ToString(CultureInfo.InvariantCulture)];
        document.Numbers[DemandFields.ValidUntil] = ProductFields.DayNumber(demand.ValidUntil);
        document.Numbers[DemandFields.DeliveryFrom] = ProductFields.DayNumber(demand.DeliveryFrom);
        document.Numbers[DemandFields.DeliveryTo] = ProductFields.DayNumber(demand.DeliveryTo);
        document.Numbers[DemandFields.MinimumOcop] = demand.MinimumOcopStars ?? 0;
        document.Numbers[DemandFields.Created] = new DateTimeOffset(DateTime.SpecifyKind(demand.CreatedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
        document.Stored[DemandFields.Display] = demand.Title;
        return document;
    }
}
