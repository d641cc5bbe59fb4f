using Marketplace.Accounts.SignUp;
using Marketplace.Catalogue;

namespace Marketplace.Demands;

/// <summary>
/// What a buyer fills in for a demand, from the page or the API. Everything may be missing or wrong here:
/// <see cref="DemandFormValidator"/> says what, field by field. Money is whole VND per unit; days are Vietnam calendar days.
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
    bool ShowCompanyName)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 5_000;
    public const decimal MaxQuantity = 1_000_000_000m;
    public const long MaxTargetPriceVnd = 1_000_000_000_000;

    /// <summary>A demand runs for at most a year; after that the buyer posts it again with what they know then.</summary>
    public const int MaxValidYears = 1;
}

/// <summary>The outcome of posting or editing a demand: its id, or the fields at fault as resource keys.</summary>
public sealed record DemandChange(int? DemandId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public bool IsNotFound => ReferenceEquals(this, NotFound);

    public bool IsNotABuyer => ReferenceEquals(this, NotABuyer);

    public static DemandChange NotFound { get; } = new(null, [new(string.Empty, "Demands.NotFound")]);

    /// <summary>Only buyer companies post demands: a cooperative or an organiser is refused whatever it sends.</summary>
    public static DemandChange NotABuyer { get; } = new(null, [new(string.Empty, "Demands.OnlyBuyers")]);
}
