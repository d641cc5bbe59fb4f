using Marketplace.Accounts;

namespace Marketplace.Catalogue.Browse;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>A photo as the page needs it: where its renditions are and how large it is (for width/height: no layout shift).</summary>
public sealed record PhotoView(string MediaKey, int Width, int Height, IReadOnlyList<int> Widths);

/// <summary>What a listing shows of a product.</summary>
public sealed record ProductCard(
    int Id,
    string Slug,
    string Name,
    int CooperativeId,
    string CooperativeName,
    bool CooperativeVerified,
    string ProvinceName,
    string CategoryCode,
    string TopCategoryCode,
    long? PriceMinVnd,
    long? PriceMaxVnd,
    SalesUnit Unit,
    int? OcopStars,
    PhotoView? Cover);

/// <param name="DocumentMediaKey">Media key of the certificate's photo or scan, if one was attached.</param>
public sealed record CertificateView(string TypeCode, string TypeName, string Number, string? Issuer, string? Scope, DateOnly ValidUntil, bool Valid, string? DocumentMediaKey = null);

public sealed record ProductDetails(
    ProductCard Card,
    string? NameVi,
    string? NameEn,
    string? DescriptionHtml,
    string? DescriptionPlain,
    string CategoryName,
    string? OcopCertificateNumber,
    int? OcopYear,
    string? OriginPlace,
    string? GeographicalIndication,
    decimal? MinimumOrder,
    decimal? CapacityAmount,
    SalesUnit? CapacityUnit,
    CapacityPeriod? CapacityPeriod,
    IReadOnlyList<int> HarvestMonths,
    int? ShelfLifeDays,
    string? Packaging,
    IReadOnlyList<string> ExportMarkets,
    IReadOnlyList<PhotoView> Photos,
    IReadOnlyList<CertificateView> Certificates,
    string TraceCode,
    ProductStatus Status,
    DateTime UpdatedAtUtc,
    string DescriptionLanguage);

public sealed record CooperativeDetails(
    int Id,
    string Slug,
    string Name,
    string? NameEn,
    CooperativeKind? Kind,
    string? RegistrationNumber,
    string ProvinceName,
    string? Address,
    int? YearFounded,
    int? MemberCount,
    IReadOnlyList<string> SectorNames,
    string? DescriptionHtml,
    string? DescriptionPlain,
    string? Phone,
    string? Zalo,
    string? ContactEmail,
    string? Website,
    DateTime? VerifiedAtUtc,
    IReadOnlyList<CertificateView> Certificates,
    IReadOnlyList<ProductCard> Products,
    string? LogoMediaKey);
