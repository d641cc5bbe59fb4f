using System.Text.Json.Serialization;

namespace Marketplace.Seed;

// The shapes of the recipe files in content-seed/ (see content-seed/README.md).

internal sealed record ProvinceRecipe(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Vi,
    [property: JsonRequired] string En,
    bool City,
    [property: JsonRequired] IReadOnlyList<string> Former);

internal sealed record CategoryRecipe(
    [property: JsonRequired] string Code,
    string? Parent,
    [property: JsonRequired] string Vi,
    [property: JsonRequired] string En);

internal sealed record CertificateTypeRecipe(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Vi,
    [property: JsonRequired] string En,
    string? Standard);

internal sealed record OrganisationRecipe(
    [property: JsonRequired] string Key,
    [property: JsonRequired] string Type,
    string? Kind,
    [property: JsonRequired] string Name,
    string? RegistrationNumber,
    [property: JsonRequired] string Province,
    string? Description,
    string? NameEn = null,
    string? Address = null,
    int? YearFounded = null,
    int? Members = null,
    IReadOnlyList<string>? Sectors = null,
    string? Phone = null,
    string? Zalo = null,
    string? Email = null,
    string? Website = null,
    bool Verified = false,
    IReadOnlyList<CertificateRecipe>? Certificates = null);

internal sealed record CertificateRecipe(
    [property: JsonRequired] string Key,
    [property: JsonRequired] string Type,
    [property: JsonRequired] string Number,
    string? Issuer,
    string? Scope,
    [property: JsonRequired] DateOnly ValidUntil);

internal sealed record ProductRecipe(
    [property: JsonRequired] string Key,
    [property: JsonRequired] string Cooperative,
    [property: JsonRequired] string NameVi,
    string? NameEn,
    string? DescriptionVi,
    string? DescriptionEn,
    [property: JsonRequired] string Category,
    OcopRecipe? Ocop,
    [property: JsonRequired] string OriginProvince,
    string? OriginPlace,
    string? GeographicalIndication,
    [property: JsonRequired] string Unit,
    PriceRecipe? Price,
    decimal? MinimumOrder,
    CapacityRecipe? Capacity,
    IReadOnlyList<int>? HarvestMonths,
    int? ShelfLifeDays,
    string? Packaging,
    IReadOnlyList<string>? ExportMarkets,
    IReadOnlyList<string>? Certificates,
    IReadOnlyList<LotRecipe>? Lots,
    [property: JsonRequired] string Status);

internal sealed record OcopRecipe([property: JsonRequired] int Stars, string? Number, int? Year);

internal sealed record PriceRecipe(long? Min, long? Max);

internal sealed record CapacityRecipe([property: JsonRequired] decimal Amount, [property: JsonRequired] string Unit, [property: JsonRequired] string Period);

internal sealed record LotRecipe(
    [property: JsonRequired] string Code,
    [property: JsonRequired] DateOnly Date,
    string? Area,
    decimal? Quantity,
    string? Unit);

internal sealed record UserRecipe(
    [property: JsonRequired] string Email,
    [property: JsonRequired] string FullName,
    [property: JsonRequired] string Role,
    string? Organisation,
    string? Culture);

/// <summary>A demo buyer's demand (demo/demands.json). Quantities in <c>unit</c>s, the target price in whole VND per unit.</summary>
internal sealed record DemandRecipe(
    [property: JsonRequired] string Key,
    [property: JsonRequired] string Buyer,
    [property: JsonRequired] string Title,
    [property: JsonRequired] string Category,
    [property: JsonRequired] decimal Quantity,
    [property: JsonRequired] string Unit,
    [property: JsonRequired] string Frequency,
    [property: JsonRequired] string DeliveryProvince,
    [property: JsonRequired] DateOnly DeliveryFrom,
    [property: JsonRequired] DateOnly DeliveryTo,
    [property: JsonRequired] DateOnly ValidUntil,
    IReadOnlyList<string>? RequiredCertificates = null,
    int? MinimumOcopStars = null,
    long? TargetPriceVnd = null,
    string? Description = null,
    bool ShowCompanyName = true,
    string Status = "open");

/// <summary>An item read from a recipe file with the line it starts on, for error messages.</summary>
internal sealed record Located<T>(T Item, string File, long Line);
