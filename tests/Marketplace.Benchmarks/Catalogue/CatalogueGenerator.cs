using System.Globalization;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// Generates cooperatives (50 products each), their certificates and their published products into a seeded database,
/// from a fixed seed so every run searches the same catalogue. Names are the demo catalogue's with the qualifiers and
/// places sellers add ("Cà phê Robusta nhân xô loại 1 Đắk Lắk"); about half carry an English name; a fifth have OCOP
/// stars; most cooperatives hold certificates, a fifth of them expired (never in the last month, so the site's daily
/// sweep of lapsed certificates has nothing to re-index while it is measured).
/// </summary>
internal sealed class CatalogueGenerator(MarketplaceDbContext db, Vocabulary vocabulary, DateOnly today)
{
    public const int Seed = 20_261_122;
    public const int ProductsPerCooperative = 50;
    private const int Chunk = 5_000;

    private static readonly (string Vi, string En)[] Qualifiers =
    [
        (string.Empty, string.Empty), (string.Empty, string.Empty), (string.Empty, string.Empty), (string.Empty, string.Empty),
        ("loại 1", "grade 1"), ("loại 2", "grade 2"), ("xuất khẩu", "for export"), ("đặc sản", "specialty"),
        ("vụ mới", "new crop"), ("hữu cơ", "organic"), ("cao cấp", "premium"), ("truyền thống", "traditional"),
        ("đóng gói 1 kg", "1 kg pack"), ("túi 500 g", "500 g bag"), ("hàng rời", "bulk"), ("chọn lọc", "selected"),
    ];

    private static readonly string[] Places =
    [
        "Tân Phú", "Hòa Bình", "Phước Lộc", "An Thạnh", "Mỹ Hòa", "Đông Sơn", "Bình An", "Thạnh Lợi", "Long Hưng", "Vĩnh Phú",
        "Tân Hiệp", "Hưng Thịnh", "Đồng Tâm", "Thuận Phát", "Quyết Thắng", "Hợp Thành", "Phú Mỹ", "Xuân Lộc", "Cẩm Thành",
        "Nam Sơn", "Ea Tu", "Krông Búk", "Đắk Mil", "Mường Lay", "Tà Xùa", "Suối Giàng", "Phong Điền", "Cái Bè", "Châu Thành",
    ];

    private static readonly string[] Issuers =
    [
        "Trung tâm Chứng nhận Phù hợp (QUACERT)", "Cục Trồng trọt", "Control Union", "SGS Việt Nam", "Bureau Veritas", "NASATI",
    ];

    private readonly Random random = new(Seed);

    /// <summary>Writes the cooperatives and products; returns how many of each and the certificates written.</summary>
    public async Task<(int Cooperatives, int Products, int Certificates)> GenerateAsync(int products, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var cooperatives = await CooperativesAsync((products + ProductsPerCooperative - 1) / ProductsPerCooperative, now, cancellationToken);
        var certificates = cooperatives.Sum(c => c.Certificates.Count);

        var written = 0;
        var pending = new List<Product>(Chunk);
        foreach (var cooperative in cooperatives)
        {
            for (var i = 0; i < ProductsPerCooperative && written + pending.Count < products; i++)
            {
                pending.Add(Product(cooperative, written + pending.Count, now));
            }

            if (pending.Count >= Chunk)
            {
                written += await SaveAsync(pending, cancellationToken);
            }
        }

        written += await SaveAsync(pending, cancellationToken);
        return (cooperatives.Count, written, certificates);
    }

    private async Task<int> SaveAsync(List<Product> products, CancellationToken cancellationToken)
    {
        db.Products.AddRange(products);

        // Through the DbContext as the site saves, so the outbox rows are written as well (and deleted by the caller).
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var count = products.Count;
        products.Clear();
        return count;
    }

    private async Task<List<GeneratedCooperative>> CooperativesAsync(int count, DateTime now, CancellationToken cancellationToken)
    {
        var templatesByCategory = vocabulary.Templates.GroupBy(t => t.CategoryCode).Select(g => g.ToList()).ToList();
        var generated = new List<GeneratedCooperative>(count);
        for (var i = 0; i < count; i++)
        {
            // A cooperative works in one to three lines of goods, usually where they come from.
            var specialties = Enumerable.Range(0, random.Next(1, 4)).SelectMany(_ => templatesByCategory[random.Next(templatesByCategory.Count)]).Distinct().ToList();
            var province = random.NextDouble() < 0.7
                ? vocabulary.Province(specialties[random.Next(specialties.Count)].OriginProvinceCode)
                : vocabulary.Provinces[random.Next(vocabulary.Provinces.Count)];
            var category = vocabulary.Categories[specialties[0].CategoryCode];
            var place = Places[random.Next(Places.Length)];
            var (kind, label) = random.NextDouble() switch
            {
                < 0.85 => (CooperativeKind.Htx, "HTX"),
                < 0.95 => (CooperativeKind.Tht, "Tổ hợp tác"),
                _ => (CooperativeKind.Lhhtx, "Liên hiệp HTX"),
            };
            var organisation = new Organisation
            {
                Type = OrganisationType.Cooperative,
                CooperativeKind = kind,
                Name = $"{label} {(random.NextDouble() < 0.5 ? category.NameVi : "Nông nghiệp")} {place}",
                NameEn = random.NextDouble() < 0.5 ? $"{VietnameseFolding.Fold(place)} {category.NameEn.ToLowerInvariant()} cooperative" : null,
                RegistrationNumber = $"BM{i + 1:D7}",
                ProvinceCode = province.Code,
                Description = $"Hợp tác xã tại {place}, {province.NameVi}, chuyên {category.NameVi.ToLowerInvariant()}.",
                YearFounded = random.Next(1995, 2025),
                MemberCount = random.Next(7, 400),
                Sectors = string.Join(',', specialties.Select(s => s.CategoryCode).Distinct()),
                Phone = $"09{random.Next(10_000_000, 99_999_999)}",
                VerifiedAtUtc = random.NextDouble() < 0.4 ? now.AddDays(-random.Next(1, 700)) : null,
                CreatedAtUtc = now.AddDays(-random.Next(30, 900)),
                ConfirmedAtUtc = now,
            };
            generated.Add(new GeneratedCooperative(organisation, province.Code, place, specialties, []));
        }

        foreach (var chunk in generated.Chunk(Chunk))
        {
            db.Organisations.AddRange(chunk.Select(c => c.Organisation));
            await db.SaveChangesAsync(cancellationToken);
        }

        var certificates = new List<(GeneratedCooperative Cooperative, Certificate Certificate)>();
        foreach (var cooperative in generated)
        {
            var held = Enumerable.Range(0, random.Next(0, 4)).Select(_ => CertificateType()).Distinct(StringComparer.Ordinal);
            foreach (var type in held)
            {
                // Four in five valid, up to three years ahead; the rest lapsed a month to two years ago.
                var validUntil = random.NextDouble() < 0.8 ? today.AddDays(random.Next(30, 1_100)) : today.AddDays(-random.Next(30, 700));
                certificates.Add((cooperative, new Certificate
                {
                    OrganisationId = cooperative.Organisation.Id,
                    TypeCode = type,
                    Number = $"{type.ToUpperInvariant()}-{validUntil.Year}-{random.Next(1, 99_999):D5}",
                    Issuer = Issuers[random.Next(Issuers.Length)],
                    ValidUntil = validUntil,
                }));
            }
        }

        db.Certificates.AddRange(certificates.Select(c => c.Certificate));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (cooperative, certificate) in certificates)
        {
            cooperative.Certificates.Add(certificate.Id);
        }

        db.ChangeTracker.Clear();
        return generated;
    }

    private string CertificateType()
    {
        var roll = random.NextDouble();
        var preferred = roll switch
        {
            < 0.40 => "vietgap",
            < 0.60 => "haccp",
            < 0.70 => "globalgap",
            _ => null,
        };
        return preferred is not null && vocabulary.CertificateTypes.Contains(preferred)
            ? preferred
            : vocabulary.CertificateTypes[random.Next(vocabulary.CertificateTypes.Count)];
    }

    private Product Product(GeneratedCooperative cooperative, int index, DateTime now)
    {
        var template = random.NextDouble() < 0.8
            ? cooperative.Specialties[random.Next(cooperative.Specialties.Count)]
            : vocabulary.Templates[random.Next(vocabulary.Templates.Count)];
        var (qualifierVi, qualifierEn) = Qualifiers[random.Next(Qualifiers.Length)];
        var sameProvince = template.OriginProvinceCode == cooperative.ProvinceCode;
        var province = vocabulary.Province(cooperative.ProvinceCode);
        var former = vocabulary.FormerProvinces[province.Code].ToList();

        // A quarter name the place after the product, as sellers do: the commune, the province, or its former name.
        var place = random.NextDouble() switch
        {
            < 0.10 => cooperative.Place,
            < 0.18 => province.NameVi,
            < 0.25 when former.Count > 0 => former[random.Next(former.Count)],
            _ => null,
        };
        var nameVi = Join(template.NameVi, qualifierVi, place);
        var nameEn = template.NameEn is { } en && random.NextDouble() < 0.55 ? Join(en, qualifierEn, null) : null;
        var factor = 0.8 + (random.NextDouble() * 0.5);
        var priced = template.PriceMinVnd is not null && random.NextDouble() >= 0.1;
        var stars = random.NextDouble() < 0.2 ? random.NextDouble() switch { < 0.6 => 3, < 0.9 => 4, _ => 5 } : (int?)null;
        var created = now.AddMinutes(-random.Next(0, 730 * 24 * 60));
        var product = new Product
        {
            OrganisationId = cooperative.Organisation.Id,
            NameVi = nameVi.Length > 200 ? nameVi[..200] : nameVi,
            NameEn = nameEn is { Length: > 200 } ? nameEn[..200] : nameEn,
            DescriptionVi = $"{template.DescriptionVi} Sản xuất tại {cooperative.Place}, {province.NameVi} bởi {cooperative.Organisation.Name}.".Trim(),
            DescriptionEn = random.NextDouble() < 0.4 ? template.DescriptionEn : null,
            CategoryCode = template.CategoryCode,
            OcopStars = stars,
            OcopYear = stars is null ? null : random.Next(2020, 2026),
            OcopCertificateNumber = stars is null ? null : $"OCOP-{index:D6}",
            OriginProvinceCode = cooperative.ProvinceCode,
            OriginPlace = sameProvince ? template.OriginPlace : null,
            GeographicalIndication = sameProvince ? template.GeographicalIndication : null,
            Unit = template.Unit,
            PriceMinVnd = priced ? Round(template.PriceMinVnd!.Value * factor) : null,
            PriceMaxVnd = priced && template.PriceMaxVnd is { } max ? Round(max * factor) : null,
            MinimumOrder = template.MinimumOrder,
            CapacityAmount = template.CapacityAmount is { } amount ? Math.Round(amount * (decimal)(0.3 + (random.NextDouble() * 2.7)), 1) : null,
            CapacityUnit = template.CapacityUnit,
            CapacityPeriod = template.CapacityPeriod,
            HarvestMonths = template.HarvestMonths,
            ShelfLifeDays = template.ShelfLifeDays,
            Packaging = template.Packaging,
            ExportMarkets = template.ExportMarkets,
            Status = ProductStatus.Published,

            // Unique like the site's, but from the seed, so runs are repeatable.
            TraceCode = "bm" + index.ToString("x8", CultureInfo.InvariantCulture),
            CreatedAtUtc = created,
            UpdatedAtUtc = created,
        };
        foreach (var certificate in cooperative.Certificates.Where(_ => random.NextDouble() < 0.7))
        {
            product.Certificates.Add(new ProductCertificate { CertificateId = certificate });
        }

        return product;
    }

    private static string Join(string name, string qualifier, string? place) =>
        string.Join(' ', new[] { name, qualifier, place }.Where(s => !string.IsNullOrEmpty(s)));

    private static long Round(double vnd) => (long)Math.Max(1_000, Math.Round(vnd / 1_000) * 1_000);

    private sealed record GeneratedCooperative(Organisation Organisation, string ProvinceCode, string Place, List<Product> Specialties, List<int> Certificates);
}
