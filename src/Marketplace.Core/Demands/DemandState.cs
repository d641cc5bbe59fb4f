namespace Marketplace.Demands;

/// <summary>What a person sees of a demand on a given day: open, closed by its buyer, or past its valid-until day.</summary>
public enum DemandState
{
    Open = 1,
    Closed = 2,
    Expired = 3,
}

/// <summary>
/// The one rule of when a demand is open, for objects (<see cref="Of"/>) and for queries (<see cref="OpenOn"/>): expiry
/// is a condition on the valid-until day, so no job has to close demands when the day passes.
/// </summary>
public static class DemandStates
{
    public static DemandState Of(DemandStatus status, DateOnly validUntil, DateOnly today) =>
        status == DemandStatus.Closed ? DemandState.Closed
        : validUntil < today ? DemandState.Expired
        : DemandState.Open;

    /// <summary><see cref="Demand.IsOpenOn"/> in a form the database can run.</summary>
    public static IQueryable<Demand> OpenOn(this IQueryable<Demand> demands, DateOnly day) =>
        demands.Where(d => d.Status == DemandStatus.Open && d.ValidUntil >= day);

    /// <summary>
    /// OCOP ratings are certificate types too, but a buyer asks for them as a minimum number of stars, which 4 or 5
    /// stars both satisfy; a required "OCOP 4 sao" certificate would wrongly leave out the 5-star products.
    /// </summary>
    public static bool IsOcopRating(string certificateTypeCode) =>
        certificateTypeCode.StartsWith("ocop-", StringComparison.Ordinal);
}
