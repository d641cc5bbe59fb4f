using System.ComponentModel.DataAnnotations;
using Marketplace.Catalogue;
using Marketplace.Catalogue.LoadOwnProduct;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marketplace.Web.Areas.Catalogue.Models;

/// <summary>The product form as posted; types and lengths are checked here, the rest by <see cref="ProductFormValidator"/>.</summary>
public sealed class ProductFormModel
{
    [Display(Name = "Manage.NameVi")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string NameVi { get; set; } = string.Empty;

    [Display(Name = "Manage.NameEn")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string? NameEn { get; set; }

    [Display(Name = "Manage.DescriptionVi")]
    [MaxLength(20_000, ErrorMessage = "Validation.MaxLength")]
    public string? DescriptionVi { get; set; }

    [Display(Name = "Manage.DescriptionEn")]
    [MaxLength(20_000, ErrorMessage = "Validation.MaxLength")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Manage.Category")]
    [Required(ErrorMessage = "Validation.Choose")]
    public string CategoryCode { get; set; } = string.Empty;

    [Display(Name = "Manage.OcopStars")]
    public int? OcopStars { get; set; }

    [Display(Name = "Manage.OcopNumber")]
    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    public string? OcopCertificateNumber { get; set; }

    [Display(Name = "Manage.OcopYear")]
    [Range(2018, 2100, ErrorMessage = "Validation.Year")]
    public int? OcopYear { get; set; }

    [Display(Name = "Manage.OriginProvince")]
    [Required(ErrorMessage = "Validation.Choose")]
    public string OriginProvinceCode { get; set; } = string.Empty;

    [Display(Name = "Manage.OriginPlace")]
    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    public string? OriginPlace { get; set; }

    [Display(Name = "Manage.GeographicalIndication")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string? GeographicalIndication { get; set; }

    [Display(Name = "Manage.Unit")]
    public SalesUnit Unit { get; set; } = SalesUnit.Kg;

    [Display(Name = "Manage.PriceMin")]
    [Range(0, 1_000_000_000_000, ErrorMessage = "Validation.Range")]
    public long? PriceMinVnd { get; set; }

    [Display(Name = "Manage.PriceMax")]
    [Range(0, 1_000_000_000_000, ErrorMessage = "Validation.Range")]
    public long? PriceMaxVnd { get; set; }

    [Display(Name = "Manage.MinimumOrder")]
    // Double bounds: RangeAttribute(int, int) converts the value to int and overflows on 2,147,483,648.
    [Range(0d, 1_000_000_000d, ErrorMessage = "Validation.Range")]
    public decimal? MinimumOrder { get; set; }

    [Display(Name = "Manage.Capacity")]
    [Range(0d, 1_000_000_000d, ErrorMessage = "Validation.Range")]
    public decimal? CapacityAmount { get; set; }

    [Display(Name = "Manage.CapacityUnit")]
    public SalesUnit? CapacityUnit { get; set; }

    [Display(Name = "Manage.CapacityPeriod")]
    public CapacityPeriod? CapacityPeriod { get; set; }

    [Display(Name = "Manage.HarvestMonths")]
    public List<int> HarvestMonths { get; set; } = [];

    [Display(Name = "Manage.ShelfLifeDays")]
    [Range(0, 36_500, ErrorMessage = "Validation.Range")]
    public int? ShelfLifeDays { get; set; }

    [Display(Name = "Manage.Packaging")]
    [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
    public string? Packaging { get; set; }

    [Display(Name = "Manage.ExportMarkets")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string? ExportMarkets { get; set; }

    [Display(Name = "Manage.Certificates")]
    public List<int> CertificateIds { get; set; } = [];

    public ProductForm ToForm() => new(
        NameVi, NameEn, DescriptionVi, DescriptionEn, CategoryCode, OcopStars, OcopCertificateNumber, OcopYear, OriginProvinceCode,
        OriginPlace, GeographicalIndication, Unit, PriceMinVnd, PriceMaxVnd, MinimumOrder, CapacityAmount, CapacityUnit, CapacityPeriod,
        HarvestMonths, ShelfLifeDays, Packaging, ExportMarkets, CertificateIds);

    public static ProductFormModel From(ProductForm f) => new()
    {
        NameVi = f.NameVi, NameEn = f.NameEn, DescriptionVi = f.DescriptionVi, DescriptionEn = f.DescriptionEn, CategoryCode = f.CategoryCode,
        OcopStars = f.OcopStars, OcopCertificateNumber = f.OcopCertificateNumber, OcopYear = f.OcopYear, OriginProvinceCode = f.OriginProvinceCode,
        OriginPlace = f.OriginPlace, GeographicalIndication = f.GeographicalIndication, Unit = f.Unit, PriceMinVnd = f.PriceMinVnd,
        PriceMaxVnd = f.PriceMaxVnd, MinimumOrder = f.MinimumOrder, CapacityAmount = f.CapacityAmount, CapacityUnit = f.CapacityUnit,
        CapacityPeriod = f.CapacityPeriod, HarvestMonths = [.. f.HarvestMonths], ShelfLifeDays = f.ShelfLifeDays, Packaging = f.Packaging,
        ExportMarkets = f.ExportMarkets, CertificateIds = [.. f.CertificateIds],
    };
}

/// <summary>
/// The product form page: the form, the lists it offers, and (once saved) its photos and status. The organisation the
/// controller was given is handed on to the lots section so it is not looked up (and checked for none) a second time.
/// </summary>
public sealed record ProductFormPage(
    int Organisation,
    int? ProductId,
    ProductFormModel Form,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Provinces,
    IReadOnlyList<(int Id, string Label)> Certificates,
    EditableProduct? Existing);
