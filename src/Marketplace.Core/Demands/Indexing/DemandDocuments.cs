using System.Globalization;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Demands;
using Marketplace.Search.Indexing;
using Marketplace.Search;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.Indexing;

/// <summary>Builds documents of open demands; closed ones get none. Expired ones are filtered by their valid-until day.</summary>
internal sealed class DemandDocuments(MarketplaceDbContext db, PlaceNames places)
{
    public async Task<List<SearchDocument>> BuildAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var demands = await db.Demands.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.Status == DemandStatus.Open)
            .Where(d => db.Organisations.PubliclyVisible().Any(o => o.Id == d.OrganisationId))
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
