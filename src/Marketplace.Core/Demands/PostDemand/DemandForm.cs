using Marketplace.Accounts.SignUp;
using Marketplace.Catalogue;

namespace Marketplace.Demands.PostDemand;

/// <summary>
/// What a buyer fills in for a demand, from the page or the API. Everything may be missing or wrong here:
/// <see cref="DemandEditor"/> says what, field by field. Money is whole VND per unit; days are Vietnam calendar days.
/// </summary>
public sealed record DemandForm(
    string? Title,
    string? CategoryCode,
    decimal? Quantity,
    SalesUnit? Unit,
    DemandFrequency? Frequency,
    string? DeliveryProvinceCode,
    DateOnly? DeliveryFrom,
    DateOnly? DeliveryTo,
    DateOnly? ValidUntil,
    IReadOnlyList<string> RequiredCertificates,
    int? MinimumOcopStars,
    long? TargetPriceVnd,
    string? Description,
    bool ShowCompanyName);

/// <summary>A demand as its buyer edits it.</summary>
public sealed record EditableDemand(int Id, DemandForm Form, DemandState State, DateTime? ClosedAtUtc);

/// <summary>One line of the buyer's own list.</summary>
public sealed record OwnDemand(int Id, string Title, DemandState State, DateOnly DeliveryFrom, DateOnly DeliveryTo, DateOnly ValidUntil, DateTime CreatedAtUtc);

/// <summary>The outcome of a change: the demand's id, or the fields at fault as resource keys.</summary>
public sealed record DemandChange(int? DemandId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public bool IsNotFound => ReferenceEquals(this, NotFound);

    public bool IsNotABuyer => ReferenceEquals(this, NotABuyer);

    public static DemandChange NotFound { get; } = new(null, [new(string.Empty, "Demands.NotFound")]);

    /// <summary>Only buyer companies post demands: a cooperative or an organiser is refused whatever it sends.</summary>
    public static DemandChange NotABuyer { get; } = new(null, [new(string.Empty, "Demands.OnlyBuyers")]);
}
