using System.Globalization;
using System.Text.Encodings.Web;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>How catalogue facts read in the page's language: prices, units, capacities, harvest months.</summary>
public sealed class CatalogueFormat(IStringLocalizer<Text> text, HtmlEncoder html)
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public string Unit(SalesUnit unit) => text[$"Unit.{unit}"];

    /// <summary>
    /// The price as HTML: the last amount and its unit ("45.000 ₫ / kg", "₫80,000 per kg") are one unbreakable group,
    /// so that the unit never stands alone on a line; a range may still break after its first amount.
    /// </summary>
    public IHtmlContent Price(ProductCard card) => (card.PriceMinVnd, card.PriceMaxVnd) switch
    {
        (null, null) => new HtmlString(html.Encode(text["Product.PriceOnRequest"].Value)),
        ({ } min, { } max) when min != max => KeptWithUnit(text["Product.PriceRange"].Value, 1, Vnd.Format(min, Culture), Vnd.Format(max, Culture), Unit(card.Unit)),
        var (min, max) => KeptWithUnit(text["Product.PriceFrom"].Value, 0, Vnd.Format((min ?? max)!.Value, Culture), Unit(card.Unit)),
    };

    /// <summary>Formats a text's template with its arguments, the part from argument <paramref name="from"/> to the end inside a nowrap span.</summary>
    private HtmlString KeptWithUnit(string template, int from, params string[] arguments)
    {
        var encoded = html.Encode(template);
        var values = arguments.Select(a => (object)html.Encode(a)).ToArray();
        var start = encoded.IndexOf("{" + from.ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal);
        return start < 0
            ? new HtmlString(string.Format(Culture, encoded, values))
            : new HtmlString(string.Format(Culture, encoded[..start], values) + "<span class=\"price-unit\">" + string.Format(Culture, encoded[start..], values) + "</span>");
    }

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
