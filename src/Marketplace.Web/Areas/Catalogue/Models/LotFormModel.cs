using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marketplace.Catalogue.Trace;
using Marketplace.Catalogue;

namespace Marketplace.Web.Areas.Catalogue.Models;

/// <summary>The lot form as posted; the rules are <see cref="LotFormValidator"/>'s, here only what binding needs.</summary>
public sealed class LotFormModel
{
    /// <summary>Posted as "LotCode", not "Code": a re-executed error page would bind its status code from a form field "Code".</summary>
    [Display(Name = "Lot.Code")]
    public string? LotCode { get; set; }

    [Display(Name = "Lot.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Lot.GrowingArea")]
    public string? GrowingArea { get; set; }

    /// <summary>
    /// Text, not decimal: bound in vi-VN a "9.5" from a number field would read as 95 (the dot groups thousands there).
    /// </summary>
    [Display(Name = "Lot.Quantity")]
    public string? Quantity { get; set; }

    [Display(Name = "Lot.Unit")]
    public SalesUnit? Unit { get; set; }

    /// <summary>"9.5" (number fields) or "9,5" (typed the Vietnamese way); null when empty; false when not a number. A sign is read so that "-3" hears the editor's rule, not "not a number".</summary>
    public bool TryGetQuantity(out decimal? quantity)
    {
        quantity = null;
        if (string.IsNullOrWhiteSpace(Quantity))
        {
            return true;
        }

        var text = Quantity.Trim();
        if (!text.Contains('.', StringComparison.Ordinal) && text.Count(c => c == ',') == 1)
        {
            text = text.Replace(',', '.');
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            quantity = value;
            return true;
        }

        return false;
    }

    public LotForm ToForm(decimal? quantity) => new(LotCode, Date, GrowingArea, quantity, Unit);

    public static LotFormModel From(LotView lot) => new()
    {
        LotCode = lot.Code,
        Date = lot.Date,
        GrowingArea = lot.GrowingArea,
        Quantity = lot.Quantity?.ToString("0.###", CultureInfo.InvariantCulture),
        Unit = lot.Unit,
    };
}

/// <summary>The lot form page: a new lot (no <see cref="LotId"/>) or an existing one.</summary>
public sealed record LotFormPage(int ProductId, string ProductName, int? LotId, LotFormModel Form, string? TraceCode);
