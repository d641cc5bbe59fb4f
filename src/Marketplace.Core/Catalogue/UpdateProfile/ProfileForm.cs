namespace Marketplace.Catalogue.UpdateProfile;

/// <summary>What a cooperative says about itself. Names and the registration number are what an organiser verified.</summary>
public sealed record ProfileForm(
    string Name,
    string? NameEn,
    string? RegistrationNumber,
    string? Address,
    int? YearFounded,
    int? MemberCount,
    string? Description,
    string? DescriptionEn,
    string? Phone,
    string? Zalo,
    string? ContactEmail,
    string? Website,
    IReadOnlyList<string>? Sectors = null);
