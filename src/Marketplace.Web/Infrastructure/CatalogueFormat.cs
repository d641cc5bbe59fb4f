using System.Globalization;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>How catalogue facts read in the page's language: prices, units, capacities, harvest months.</summary>
public sealed class CatalogueFormat(IStringLocalizer<Text> text)
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public string Unit(SalesUnit unit) => text[$"Unit.{unit}"];

    public string Price(ProductCard card) => (card.PriceMinVnd, card.PriceMaxVnd) switch
    {
        (null, null) => text["Product.PriceOnRequest"].Value,
        ({ } min, { } max) when min != max => text["Product.PriceRange", Vnd.Format(min, Culture), Vnd.Format(max, Culture), Unit(card.Unit)].Value,
        var (min, max) => text["Product.PriceFrom", Vnd.Format((min ?? max)!.Value, Culture), Unit(card.Unit)].Value,
    };

    public string Quantity(decimal amount, SalesUnit unit) => $"{amount.ToString("#,0.###", Culture)} {Unit(unit)}";

    public string? Capacity(ProductDetails product) =>
        product is { CapacityAmount: { } amount, CapacityUnit: { } unit, CapacityPeriod: { } period }
            ? text["Product.CapacityValue", amount.ToString("#,0.###", Culture), Unit(unit), text[$"Period.{period}"]].Value
            : null;

    /// <summary>"tháng 5, tháng 6" / "May, June"; twelve months read as all year.</summary>
    public string Months(IReadOnlyList<int> months) =>
        months.Count == 12 ? text["Product.YearRound"].Value : string.Join(", ", months.Select(m => Culture.DateTimeFormat.GetMonthName(m)));

    public string Date(DateOnly day) => day.ToString("d", Culture);
}
