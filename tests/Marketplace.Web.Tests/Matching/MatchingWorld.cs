using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Demands;
using Marketplace.Localization;

namespace Marketplace.Web.Tests.Matching;

/// <summary>
/// A small market of a test's own, written straight to the database the way handlers save it (so the outbox fills):
/// cooperatives with dragon fruit that do and do not meet a buyer's demand, and the buyer with the demand.
/// A made-up word in every name keeps the test's rows apart from the seed's.
/// </summary>
internal sealed class MatchingWorld
{
    public required string Word { get; init; }

    public required Organisation Fits { get; init; }

    public required Organisation Lapsing { get; init; }

    public required Organisation Large { get; init; }

    public required Organisation Buyer { get; init; }

    public required Product Best { get; init; }

    public required Product NoCertificate { get; init; }

    public required Product CertificateLapsesBeforeDelivery { get; init; }

    public required List<Product> LargeProducts { get; init; }

    public required Demand Demand { get; init; }

    public static DateOnly Today => Cultures.TodayInVietnam(TimeProvider.System);

    public static async Task<MatchingWorld> CreateAsync(MarketplaceDbContext db)
    {
        var word = "Zm" + Guid.NewGuid().ToString("N")[..6];
        var now = DateTime.UtcNow;
        Organisation Cooperative(string name, string province, bool verified) => new()
        {
            Type = OrganisationType.Cooperative, CooperativeKind = CooperativeKind.Htx, Name = $"HTX {name} {word}", ProvinceCode = province,
            RegistrationNumber = Guid.NewGuid().ToString("N")[..12], VerifiedAtUtc = verified ? now : null, CreatedAtUtc = now, ConfirmedAtUtc = now,
        };
        var fits = Cooperative("Hàm Thuận", "lam-dong", verified: true);
        var lapsing = Cooperative("Sông Hồng", "ha-noi", verified: false);
        var large = Cooperative("Lớn", "tay-ninh", verified: true);
        var buyer = new Organisation { Type = OrganisationType.Buyer, BuyerKind = BuyerKind.Exporter, Name = $"Công ty {word}", ProvinceCode = "ho-chi-minh", CreatedAtUtc = now, ConfirmedAtUtc = now };
        db.Organisations.AddRange(fits, lapsing, large, buyer);
        await db.SaveChangesAsync();

        // Delivery in June and July of next year; the demand stays open for a month.
        var deliveryFrom = new DateOnly(Today.Year + 1, 6, 1);
        var deliveryTo = new DateOnly(Today.Year + 1, 7, 31);
        Certificate VietGap(Organisation holder, DateOnly until) => new() { OrganisationId = holder.Id, TypeCode = "vietgap", Number = "VG-" + Guid.NewGuid().ToString("N")[..6], ValidUntil = until };
        var fitsCertificate = VietGap(fits, deliveryTo.AddYears(1));
        var lapsingCertificate = VietGap(lapsing, deliveryFrom.AddDays(10));
        var largeCertificate = VietGap(large, deliveryTo.AddYears(2));
        db.Certificates.AddRange(fitsCertificate, lapsingCertificate, largeCertificate);
        await db.SaveChangesAsync();

        Product DragonFruit(Organisation owner, string name, Certificate? certificate, int? stars = null) => new()
        {
            OrganisationId = owner.Id, NameVi = $"{name} {word}", CategoryCode = "dragon-fruit", OriginProvinceCode = owner.ProvinceCode,
            Status = ProductStatus.Published, TraceCode = Guid.NewGuid().ToString("N")[..10], CreatedAtUtc = now, UpdatedAtUtc = now,
            CapacityAmount = 100, CapacityUnit = SalesUnit.Tan, CapacityPeriod = CapacityPeriod.Month, HarvestMonths = HarvestMonths.From([5, 6, 7, 8]),
            OcopStars = stars, PriceMinVnd = 25_000,
            Certificates = certificate is null ? [] : [new ProductCertificate { CertificateId = certificate.Id }],
        };
        var best = DragonFruit(fits, "Thanh long ruột đỏ", fitsCertificate, stars: 4);
        var noCertificate = DragonFruit(fits, "Thanh long ruột trắng", null);
        var lapsingProduct = DragonFruit(lapsing, "Thanh long ruột đỏ", lapsingCertificate);
        var largeProducts = Enumerable.Range(1, 5).Select(i => DragonFruit(large, $"Thanh long ruột đỏ loại {i}", largeCertificate)).ToList();
        db.Products.AddRange([best, noCertificate, lapsingProduct, .. largeProducts]);
        await db.SaveChangesAsync();

        var demand = new Demand
        {
            OrganisationId = buyer.Id, Title = $"Thanh long ruột đỏ {word}", CategoryCode = "dragon-fruit", Quantity = 20, Unit = SalesUnit.Tan,
            Frequency = DemandFrequency.Monthly, DeliveryProvinceCode = "ho-chi-minh", DeliveryFrom = deliveryFrom, DeliveryTo = deliveryTo,
            RequiredCertificates = "vietgap", ValidUntil = Today.AddDays(30), CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.Demands.Add(demand);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        return new MatchingWorld
        {
            Word = word, Fits = fits, Lapsing = lapsing, Large = large, Buyer = buyer, Best = best, NoCertificate = noCertificate,
            CertificateLapsesBeforeDelivery = lapsingProduct, LargeProducts = largeProducts, Demand = demand,
        };
    }
}
