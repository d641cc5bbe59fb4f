namespace Marketplace.Accounts.SignUp;

/// <summary>A person signing up together with the organisation they act for: a cooperative or a buyer company.</summary>
public sealed record SignUpRequest(
    OrganisationType Type,
    string FullName,
    string Email,
    string Password,
    string OrganisationName,
    string? RegistrationNumber,
    string ProvinceCode,
    CooperativeKind? CooperativeKind,
    BuyerKind? BuyerKind,
    string Culture);

/// <summary>A problem with one field, as a resource key the web layer shows in the person's language.</summary>
public sealed record FieldError(string Field, string MessageKey, string? Detail = null);

public sealed record SignUpResult(MarketplaceUser? User, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => User is not null;
}
