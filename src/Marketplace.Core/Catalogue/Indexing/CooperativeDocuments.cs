using System.Globalization;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Search.Indexing;
using Marketplace.Search;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Indexing;

/// <summary>Builds documents of cooperatives that are not hidden.</summary>
internal sealed class CooperativeDocuments(MarketplaceDbContext db, PlaceNames places, DateOnly today)
{
    public async Task<List<SearchDocument>> BuildAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var cooperatives = await db.Organisations.AsNoTracking()
            .PubliclyVisible()
            .Where(o => ids.Contains(o.Id) && o.Type == OrganisationType.Cooperative)
            .ToListAsync(cancellationToken);
        var validTypes = (await db.Certificates.AsNoTracking()
                .Where(c => ids.Contains(c.OrganisationId) && c.ValidUntil >= today)
                .Select(c => new { c.OrganisationId, c.TypeCode })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.OrganisationId, c => c.TypeCode);
        return cooperatives.Select(c => Document(c, validTypes[c.Id])).ToList();
    }

    private SearchDocument Document(Organisation cooperative, IEnumerable<string> certificates)
    {
        var document = new SearchDocument(cooperative.Id.ToString(CultureInfo.InvariantCulture));
        document.Text[CooperativeFields.Name] = $"{cooperative.Name} {cooperative.NameEn}";
        document.Text[CooperativeFields.Description] = $"{cooperative.Description} {cooperative.DescriptionEn}";
        document.Text[CooperativeFields.Place] = $"{cooperative.Address} {places.Province(cooperative.ProvinceCode)}";
        var sectors = (cooperative.Sectors ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        document.Text[CooperativeFields.Sectors] = string.Join(' ', sectors.Select(places.CategoryText));
        document.Keywords[CooperativeFields.Province] = [cooperative.ProvinceCode];
        document.Keywords[CooperativeFields.Kind] = cooperative.CooperativeKind is { } kind ? [kind.ToString()] : [];
        document.Keywords[CooperativeFields.Verified] = cooperative.IsVerified ? [ProductFields.Yes] : [];
        document.Keywords[CooperativeFields.Certificate] = certificates.Distinct(StringComparer.Ordinal).ToList();
        document.Stored[CooperativeFields.Title] = cooperative.Name;
        return document;
    }
}
