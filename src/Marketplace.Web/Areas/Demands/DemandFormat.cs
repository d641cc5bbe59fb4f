using System.Globalization;
using Marketplace.Accounts;
using Marketplace.Demands.Browse;
using Marketplace.Demands;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Demands;

/// <summary>How a demand reads in the page's language: quantity and frequency, delivery window, target price, who asks.</summary>
public sealed class DemandFormat(IStringLocalizer<Text> text, CatalogueFormat catalogue)
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>"20 tấn, mỗi tháng" / "20 tonne, every month".</summary>
    public string Quantity(DemandCard card) =>
        text["Demands.QuantityValue", catalogue.Quantity(card.Quantity, card.Unit), Frequency(card.Frequency)].Value;

    public string Frequency(DemandFrequency frequency) => text[$"Demands.Frequency.{frequency}"].Value;

    public string Window(DemandCard card) => text["Demands.WindowValue", catalogue.Date(card.DeliveryFrom), catalogue.Date(card.DeliveryTo)].Value;

    /// <summary>The target price per unit, or null when the buyer gave none (to be negotiated).</summary>
    public string? TargetPrice(DemandCard card) =>
        card.TargetPriceVnd is { } price ? text["Demands.PricePerUnit", Vnd.Format(price, Culture), catalogue.Unit(card.Unit)].Value : null;

    /// <summary>The company's name, or "a supermarket chain in Hà Nội" when it chose not to show it.</summary>
    public string Buyer(DemandBuyer buyer) => buyer.Name ?? Anonymous(buyer.Kind, buyer.ProvinceName);

    public string Anonymous(BuyerKind? kind, string provinceName) => text[$"Demands.Buyer.{kind ?? BuyerKind.Other}", provinceName].Value;

    public string State(DemandState state) => text[$"Demands.State.{state}"].Value;

    public string MinimumOcop(int stars) => text["Demands.OcopAtLeast", stars].Value;

    /// <summary>Certificates required and the OCOP minimum, in one list for a card.</summary>
    public IReadOnlyList<string> Requirements(DemandCard card)
    {
        var requirements = card.RequiredCertificates.Select(c => c.Name).ToList();
        if (card.MinimumOcopStars is { } stars)
        {
            requirements.Add(MinimumOcop(stars));
        }

        return requirements;
    }

    public string Date(DateOnly day) => catalogue.Date(day);
}
