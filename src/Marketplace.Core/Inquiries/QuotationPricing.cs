using Marketplace.Catalogue;
using Marketplace.Search.Indexing;

namespace Marketplace.Inquiries;

/// <summary>What a quotation costs: the tier that applies to a quantity, a line's total, prices per the same unit.</summary>
public static class QuotationPricing
{
    /// <summary>The lowest price of a tier whose quantity the order reaches, else the line's own price.</summary>
    public static long UnitPriceFor(QuotationLine line, decimal quantity) =>
        line.Tiers.Where(t => t.FromQuantity <= quantity).Select(t => t.UnitPriceVnd).Append(line.UnitPriceVnd).Min();

    /// <summary>Whole VND for the line's quantity at the price that applies to it (rounded half away from zero).</summary>
    public static long LineTotalVnd(QuotationLine line) =>
        (long)Math.Round(UnitPriceFor(line, line.Quantity) * line.Quantity, MidpointRounding.AwayFromZero);

    public static long TotalVnd(Quotation quotation) => quotation.Lines.Sum(LineTotalVnd);

    /// <summary>Price per kilogram for weights (tấn, tạ, yến), per the line's own unit otherwise, so quotes in different units compare.</summary>
    public static (decimal Price, SalesUnit Unit) PerBaseUnit(QuotationLine line) =>
        (UnitPriceFor(line, line.Quantity) / Quantities.InBaseUnit(1, line.Unit), Quantities.BaseUnit(line.Unit));

    /// <summary>The quoted quantity in one unit, when every line is in units of the same kind; null when they cannot be added.</summary>
    public static (decimal Quantity, SalesUnit Unit)? TotalQuantity(Quotation quotation)
    {
        var units = quotation.Lines.Select(l => Quantities.BaseUnit(l.Unit)).Distinct().ToList();
        return units.Count == 1 ? (quotation.Lines.Sum(l => Quantities.InBaseUnit(l.Quantity, l.Unit)), units[0]) : null;
    }
}
