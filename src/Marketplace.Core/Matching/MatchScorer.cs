using Marketplace.Catalogue;
using Marketplace.Demands;
using Marketplace.Search.Indexing;

namespace Marketplace.Matching;

/// <summary>What matching needs to know of one product and its cooperative.</summary>
public sealed record SupplyFacts(
    int ProductId,
    int OrganisationId,
    IReadOnlyList<string> CategoryPath,
    string ProvinceCode,
    bool Verified,
    int? OcopStars,
    decimal? CapacityAmount,
    SalesUnit? CapacityUnit,
    CapacityPeriod? CapacityPeriod,
    int HarvestMonths,
    IReadOnlyDictionary<string, DateOnly> CertificatesValidUntil);

public enum MatchReasonKind
{
    Text = 1,
    Certificate = 2,
    Ocop = 3,
    Capacity = 4,
    Harvest = 5,
    Verified = 6,
    Distance = 7,
}

/// <summary>
/// One reason, with what a person needs to read it ("VietGAP valid until 31/12/2027 ✓", "capacity 30 t/month ≥ 20 t").
/// <see cref="Met"/> false marks a shortfall shown as a warning; hard requirements that are not met exclude the match.
/// </summary>
public sealed record MatchReason(MatchReasonKind Kind, bool Met, string? Code = null, DateOnly? Date = null, decimal? Have = null, decimal? Need = null, SalesUnit? Unit = null, int HaveMonths = 0, int NeedMonths = 0, double? Kilometres = null);

public sealed record MatchScore(bool Eligible, double Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// The one scoring of a demand against a product, used in both directions (demand → supply, product → demands) so
/// that a cooperative is told of exactly the demands whose buyers would see its product. Required certificates (valid
/// through the whole delivery window), the minimum OCOP rating and the category are hard rules; the rest ranks.
/// </summary>
public static class MatchScorer
{
    private const double TextWeight = 3;
    private const double CapacityWeight = 1.5;
    private const double HarvestWeight = 1;
    private const double VerifiedWeight = 0.7;
    private const double StarWeight = 0.2;
    private const double DistanceWeight = 1;
    private const double FarKilometres = 1500;

    /// <param name="relevance">The engine's text relevance scaled to 0..1 among the candidates.</param>
    public static MatchScore Score(Demand demand, SupplyFacts supply, double relevance)
    {
        var reasons = new List<MatchReason>();
        if (!supply.CategoryPath.Contains(demand.CategoryCode))
        {
            return new MatchScore(false, 0, reasons);
        }

        var score = TextWeight * Math.Clamp(relevance, 0, 1);
        if (relevance > 0.5)
        {
            reasons.Add(new MatchReason(MatchReasonKind.Text, true));
        }

        foreach (var required in demand.RequiredCertificateCodes)
        {
            if (!supply.CertificatesValidUntil.TryGetValue(required, out var validUntil) || validUntil < demand.DeliveryTo)
            {
                return new MatchScore(false, 0, reasons);
            }

            reasons.Add(new MatchReason(MatchReasonKind.Certificate, true, Code: required, Date: validUntil));
        }

        if (demand.MinimumOcopStars is { } minimum)
        {
            if ((supply.OcopStars ?? 0) < minimum)
            {
                return new MatchScore(false, 0, reasons);
            }
        }

        if (supply.OcopStars is { } stars)
        {
            score += StarWeight * stars;
            reasons.Add(new MatchReason(MatchReasonKind.Ocop, true, Have: stars, Need: demand.MinimumOcopStars));
        }

        score += Capacity(demand, supply, reasons);
        score += Harvest(demand, supply, reasons);
        if (supply.Verified)
        {
            score += VerifiedWeight;
            reasons.Add(new MatchReason(MatchReasonKind.Verified, true));
        }

        if (ProvinceDistances.Kilometres(supply.ProvinceCode, demand.DeliveryProvinceCode) is { } km)
        {
            score += DistanceWeight * Math.Max(0, 1 - (km / FarKilometres));
            reasons.Add(new MatchReason(MatchReasonKind.Distance, km < FarKilometres / 3, Code: supply.ProvinceCode, Kilometres: km));
        }

        return new MatchScore(true, score, reasons);
    }

    /// <summary>Capacity per month against the demand's need per month, in the same base unit (kg for weights).</summary>
    private static double Capacity(Demand demand, SupplyFacts supply, List<MatchReason> reasons)
    {
        if (supply.CapacityAmount is not { } amount || supply.CapacityUnit is not { } unit || supply.CapacityPeriod is not { } period
            || Quantities.BaseUnit(unit) != Quantities.BaseUnit(demand.Unit))
        {
            return 0;
        }

        var have = Quantities.PerMonth(Quantities.InBaseUnit(amount, unit), period);
        var need = Quantities.PerMonth(Quantities.InBaseUnit(demand.Quantity, demand.Unit), demand.Frequency);
        var enough = have >= need;
        reasons.Add(new MatchReason(MatchReasonKind.Capacity, enough, Have: have, Need: need, Unit: Quantities.BaseUnit(unit)));
        return enough ? CapacityWeight : CapacityWeight * (double)(have / need) / 2;
    }

    /// <summary>Harvest months against the months of the delivery window; a product without stated months is neutral.</summary>
    private static double Harvest(Demand demand, SupplyFacts supply, List<MatchReason> reasons)
    {
        if (supply.HarvestMonths == 0)
        {
            return 0;
        }

        var window = DeliveryMonths(demand);
        var overlap = (supply.HarvestMonths & window) != 0;
        reasons.Add(new MatchReason(MatchReasonKind.Harvest, overlap, HaveMonths: supply.HarvestMonths, NeedMonths: window));
        return overlap ? HarvestWeight : 0;
    }

    /// <summary>The months the delivery window touches, as harvest-month bits (a window of a year or more touches all).</summary>
    public static int DeliveryMonths(Demand demand)
    {
        var bits = 0;
        var month = new DateOnly(demand.DeliveryFrom.Year, demand.DeliveryFrom.Month, 1);
        for (var i = 0; i < 12 && month <= demand.DeliveryTo; i++, month = month.AddMonths(1))
        {
            bits |= 1 << (month.Month - 1);
        }

        return bits;
    }
}
