using System.Globalization;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Search;
using Marketplace.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Indexing;

/// <summary>Builds the search documents of public products; a product that is not public gets none (and is removed).</summary>
internal sealed class ProductDocuments(MarketplaceDbContext db, PlaceNames places, DateOnly today)
{
    public async Task<List<SearchDocument>> BuildAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .PubliclyVisible(db)
            .ToListAsync(cancellationToken);
        var organisationIds = products.Select(p => p.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var productIds = products.Select(p => p.Id).ToList();
        var certificates = (await db.ProductCertificates.AsNoTracking()
                .Where(pc => productIds.Contains(pc.ProductId))
                .Join(db.Certificates, pc => pc.CertificateId, c => c.Id, (pc, c) => new { pc.ProductId, c.TypeCode, c.ValidUntil })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ProductId);

        return products.Select(p => Document(p, organisations[p.OrganisationId], certificates[p.Id].Select(c => (c.TypeCode, c.ValidUntil)))).ToList();
    }

    private SearchDocument Document(Product product, Organisation cooperative, IEnumerable<(string Type, DateOnly ValidUntil)> certificates)
    {
        var document = new SearchDocument(product.Id.ToString(CultureInfo.InvariantCulture));
        document.Text[ProductFields.Name] = string.Join(' ', new[] { product.NameVi, product.NameEn, product.GeographicalIndication }.Where(t => !string.IsNullOrWhiteSpace(t)));
        document.Text[ProductFields.NameVi] = product.NameVi;
        document.Text[ProductFields.NameEn] = product.Name(english: true);
        document.Text[ProductFields.Description] = $"{product.DescriptionVi} {product.DescriptionEn} {product.Packaging}";
        document.Text[ProductFields.CategoryText] = places.OwnCategoryText(product.CategoryCode);
        document.Text[ProductFields.CategoryGroupText] = places.GroupCategoryText(product.CategoryCode);
        document.Text[ProductFields.Place] = $"{product.OriginPlace} {places.Province(product.OriginProvinceCode)} {places.Province(cooperative.ProvinceCode)}";
        document.Text[ProductFields.Cooperative] = $"{cooperative.Name} {cooperative.NameEn}";

        document.Keywords[ProductFields.Category] = places.CategoryPath(product.CategoryCode).Select(c => c.Code).ToList();
        document.Keywords[ProductFields.Province] = [product.OriginProvinceCode];
        document.Keywords[ProductFields.Organisation] = [cooperative.Id.ToString(CultureInfo.InvariantCulture)];
        document.Keywords[ProductFields.Kind] = cooperative.CooperativeKind is { } kind ? [kind.ToString()] : [];
        document.Keywords[ProductFields.Verified] = cooperative.IsVerified ? [ProductFields.Yes] : [];
        document.Keywords[ProductFields.HarvestMonth] = HarvestMonths.ToList(product.HarvestMonths).Select(ProductFields.Month).ToList();

        // The facet shows certificates valid today; matching asks the valid-until day of each type instead, so a
        // certificate that lapses before the delivery window never counts.
        var held = certificates.GroupBy(c => c.Type).Select(g => (Type: g.Key, ValidUntil: g.Max(c => c.ValidUntil))).ToList();
        document.Keywords[ProductFields.Certificate] = held.Where(c => c.ValidUntil >= today).Select(c => c.Type).ToList();
        foreach (var (type, validUntil) in held)
        {
            document.Numbers[ProductFields.CertificateValidUntil(type)] = ProductFields.DayNumber(validUntil);
        }

        if (product.OcopStars is { } stars)
        {
            document.Keywords[ProductFields.Ocop] = [stars.ToString(CultureInfo.InvariantCulture)];
            document.Numbers[ProductFields.OcopStars] = stars;
        }

        if ((product.PriceMinVnd ?? product.PriceMaxVnd) is { } price)
        {
            document.Numbers[ProductFields.Price] = price;
        }

        if (product.CapacityAmount is { } amount && product.CapacityUnit is { } unit && product.CapacityPeriod is { } period)
        {
            document.Numbers[ProductFields.CapacityPerMonth(unit)] = (long)Math.Floor(Quantities.PerMonth(Quantities.InBaseUnit(amount, unit), period));
        }

        document.Numbers[ProductFields.Published] = new DateTimeOffset(DateTime.SpecifyKind(product.CreatedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
        document.Stored[ProductFields.TitleVi] = product.NameVi;
        document.Stored[ProductFields.TitleEn] = product.Name(english: true);
        return document;
    }
}
