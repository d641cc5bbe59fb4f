using Marketplace.Accounts.SignUp;

namespace Marketplace.Catalogue;

/// <summary>What a cooperative fills in for a product. Money is whole VND.</summary>
public sealed record ProductForm(
    string NameVi,
    string? NameEn,
    string? DescriptionVi,
    string? DescriptionEn,
    string CategoryCode,
    int? OcopStars,
    string? OcopCertificateNumber,
    int? OcopYear,
    string OriginProvinceCode,
    string? OriginPlace,
    string? GeographicalIndication,
    SalesUnit Unit,
    long? PriceMinVnd,
    long? PriceMaxVnd,
    decimal? MinimumOrder,
    decimal? CapacityAmount,
    SalesUnit? CapacityUnit,
    CapacityPeriod? CapacityPeriod,
    IReadOnlyList<int> HarvestMonths,
    int? ShelfLifeDays,
    string? Packaging,
    string? ExportMarkets,
    IReadOnlyList<int> CertificateIds);

/// <summary>The outcome of creating or updating a product: its id, or the fields at fault as resource keys.</summary>
public sealed record ProductChange(int? ProductId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ProductChange NotFound { get; } = new(null, [new("", "Manage.NotFound")]);
}
