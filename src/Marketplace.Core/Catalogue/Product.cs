namespace Marketplace.Catalogue;

public enum ProductStatus
{
    Draft = 1,
    Published = 2,
    Archived = 3,
}

/// <summary>Units a cooperative sells in: kg, tấn (tonne), tạ (100 kg), yến (10 kg), hộp, chai, thùng, túi, cái, lít, bộ.</summary>
public enum SalesUnit
{
    Kg = 1,
    Tan = 2,
    Ta = 3,
    Yen = 4,
    Hop = 5,
    Chai = 6,
    Thung = 7,
    Tui = 8,
    Cai = 9,
    Lit = 10,
    Bo = 11,
}

public enum CapacityPeriod
{
    Month = 1,
    Season = 2,
    Year = 3,
}

/// <summary>A product in a cooperative's catalogue. Only published products of visible cooperatives are public.</summary>
public sealed class Product
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public required string NameVi { get; set; }

    public string? NameEn { get; set; }

    /// <summary>Markdown as the cooperative wrote it; rendered sanitised.</summary>
    public string? DescriptionVi { get; set; }

    public string? DescriptionEn { get; set; }

    public required string CategoryCode { get; set; }

    /// <summary>OCOP rating: 3, 4 or 5 stars.</summary>
    public int? OcopStars { get; set; }

    public string? OcopCertificateNumber { get; set; }

    public int? OcopYear { get; set; }

    public required string OriginProvinceCode { get; set; }

    /// <summary>The place name of origin as the product is known by ("Bình Thuận" for thanh long), kept after the 2025 merger.</summary>
    public string? OriginPlace { get; set; }

    /// <summary>Geographical indication label, e.g. "Thanh long Bình Thuận".</summary>
    public string? GeographicalIndication { get; set; }

    public SalesUnit Unit { get; set; } = SalesUnit.Kg;

    /// <summary>Whole VND per unit; both null means price on request.</summary>
    public long? PriceMinVnd { get; set; }

    public long? PriceMaxVnd { get; set; }

    public bool PriceOnRequest => PriceMinVnd is null && PriceMaxVnd is null;

    public decimal? MinimumOrder { get; set; }

    public decimal? CapacityAmount { get; set; }

    public SalesUnit? CapacityUnit { get; set; }

    public CapacityPeriod? CapacityPeriod { get; set; }

    /// <summary>Harvest months as bits: bit 0 is January.</summary>
    public int HarvestMonths { get; set; }

    public int? ShelfLifeDays { get; set; }

    public string? Packaging { get; set; }

    /// <summary>ISO 3166 codes (or EU), comma-separated.</summary>
    public string? ExportMarkets { get; set; }

    public ProductStatus Status { get; set; } = ProductStatus.Draft;

    /// <summary>Set when an organiser or administrator hid the product; the reason is shown to the owner.</summary>
    public string? HiddenReason { get; set; }

    public DateTime? HiddenAtUtc { get; set; }

    public string? HiddenByUserId { get; set; }

    /// <summary>The short code in the product's QR link (/t/{code}).</summary>
    public required string TraceCode { get; set; }

    public string? SeedKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<ProductPhoto> Photos { get; set; } = [];

    public List<ProductCertificate> Certificates { get; set; } = [];

    public List<Lot> Lots { get; set; } = [];

    public string Name(bool english) => Localization.Bilingual.Pick(NameVi, NameEn, english);

    public string? Description(bool english) => Localization.Bilingual.PickOptional(DescriptionVi, DescriptionEn, english);
}

/// <summary>One of up to eight ordered photos; the first is the cover.</summary>
public sealed class ProductPhoto
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public required string MediaKey { get; set; }

    public int Position { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The widths rendered (320, 640, 1280 or fewer for a small photo), comma-separated.</summary>
    public required string Widths { get; set; }
}

/// <summary>A certificate of the cooperative that covers this product.</summary>
public sealed class ProductCertificate
{
    public int ProductId { get; set; }

    public int CertificateId { get; set; }

    public Certificate? Certificate { get; set; }
}

/// <summary>A batch: what a QR label on a package traces back to.</summary>
public sealed class Lot
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public required string Code { get; set; }

    public DateOnly Date { get; set; }

    public string? GrowingArea { get; set; }

    public decimal? Quantity { get; set; }

    public SalesUnit? Unit { get; set; }

    /// <summary>The short code in the lot's QR link (/t/{code}).</summary>
    public required string TraceCode { get; set; }
}
