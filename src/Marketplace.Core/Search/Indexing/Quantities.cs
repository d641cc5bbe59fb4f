using Marketplace.Catalogue;
using Marketplace.Demands;

namespace Marketplace.Search.Indexing;

/// <summary>
/// Comparable amounts: weights in kilograms (tấn 1,000, tạ 100, yến 10), other units as they are, per month,
/// so "capacity 30 t/month ≥ 20 t per month" is one comparison whatever units the two sides wrote.
/// </summary>
public static class Quantities
{
    public static SalesUnit BaseUnit(SalesUnit unit) => unit is SalesUnit.Tan or SalesUnit.Ta or SalesUnit.Yen ? SalesUnit.Kg : unit;

    public static decimal InBaseUnit(decimal amount, SalesUnit unit) => unit switch
    {
        SalesUnit.Tan => amount * 1000,
        SalesUnit.Ta => amount * 100,
        SalesUnit.Yen => amount * 10,
        _ => amount,
    };

    /// <summary>A season is taken as three months, the usual length of a harvest.</summary>
    public static decimal PerMonth(decimal amount, CapacityPeriod period) => period switch
    {
        CapacityPeriod.Month => amount,
        CapacityPeriod.Season => amount / 3,
        CapacityPeriod.Year => amount / 12,
        _ => amount,
    };

    /// <summary>What a demand asks for in one month: a weekly need is about 4.3 weeks' worth; a one-off order all at once.</summary>
    public static decimal PerMonth(decimal quantity, DemandFrequency frequency) => frequency switch
    {
        DemandFrequency.Weekly => quantity * 52 / 12,
        DemandFrequency.Monthly => quantity,
        DemandFrequency.PerSeason => quantity / 3,
        _ => quantity,
    };
}
