using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Demands.PostDemand;
using Marketplace.Demands;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marketplace.Web.Areas.Demands.Models;

/// <summary>The demand form as posted. Only binding happens here; every rule is <see cref="DemandFormValidator"/>'s, shared with the API.</summary>
public sealed class DemandFormModel
{
    [Display(Name = "Demands.Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Demands.Field.Category")]
    public string? CategoryCode { get; set; }

    [Display(Name = "Demands.Field.Quantity")]
    public decimal? Quantity { get; set; }

    [Display(Name = "Demands.Field.Unit")]
    public SalesUnit? Unit { get; set; }

    [Display(Name = "Demands.Field.Frequency")]
    public DemandFrequency? Frequency { get; set; }

    [Display(Name = "Demands.Field.DeliveryProvince")]
    public string? DeliveryProvinceCode { get; set; }

    [Display(Name = "Demands.Field.DeliveryFrom")]
    public DateOnly? DeliveryFrom { get; set; }

    [Display(Name = "Demands.Field.DeliveryTo")]
    public DateOnly? DeliveryTo { get; set; }

    [Display(Name = "Demands.Field.ValidUntil")]
    public DateOnly? ValidUntil { get; set; }

    [Display(Name = "Demands.Field.RequiredCertificates")]
    public List<string> RequiredCertificates { get; set; } = [];

    [Display(Name = "Demands.Field.MinimumOcop")]
    public int? MinimumOcopStars { get; set; }

    [Display(Name = "Demands.Field.TargetPrice")]
    public long? TargetPriceVnd { get; set; }

    [Display(Name = "Demands.Field.Description")]
    public string? Description { get; set; }

    /// <summary>Posted by one of two radio buttons, so "no" is sent as a value rather than by leaving a box unticked.</summary>
    [Display(Name = "Demands.Field.ShowCompanyName")]
    public bool ShowCompanyName { get; set; }

    public DemandForm ToForm() => new(
        Title, CategoryCode, Quantity, Unit, Frequency, DeliveryProvinceCode, DeliveryFrom, DeliveryTo, ValidUntil, RequiredCertificates,
        MinimumOcopStars, TargetPriceVnd, Description, ShowCompanyName);

    public static DemandFormModel From(DemandForm f) => new()
    {
        Title = f.Title, CategoryCode = f.CategoryCode, Quantity = f.Quantity, Unit = f.Unit, Frequency = f.Frequency,
        DeliveryProvinceCode = f.DeliveryProvinceCode, DeliveryFrom = f.DeliveryFrom, DeliveryTo = f.DeliveryTo, ValidUntil = f.ValidUntil,
        RequiredCertificates = [.. f.RequiredCertificates], MinimumOcopStars = f.MinimumOcopStars, TargetPriceVnd = f.TargetPriceVnd,
        Description = f.Description, ShowCompanyName = f.ShowCompanyName,
    };

    /// <summary>A new demand: company name shown, one month of validity, delivery in the coming month.</summary>
    public static DemandFormModel Blank(DateOnly today) => new()
    {
        Unit = SalesUnit.Kg,
        Frequency = DemandFrequency.Once,
        DeliveryFrom = today.AddDays(14),
        DeliveryTo = today.AddMonths(1).AddDays(14),
        ValidUntil = today.AddMonths(1),
        ShowCompanyName = true,
    };
}

/// <summary>The demand form page: the form, the lists it offers and, once posted, where the demand stands.</summary>
public sealed record DemandFormPage(
    int? DemandId,
    DemandFormModel Form,
    DemandState? State,
    BuyerKind? BuyerKind,
    string BuyerProvinceName,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Provinces,
    IReadOnlyList<(string Code, string Name)> CertificateTypes,
    DateOnly Today);
