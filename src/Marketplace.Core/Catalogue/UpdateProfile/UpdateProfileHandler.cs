using Marketplace.Accounts;
using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.UpdateProfile;

/// <summary>
/// A cooperative changes what it says about itself. Changing the name or the registration number returns the cooperative
/// to unverified: what was verified is no longer what is shown.
/// </summary>
public sealed class UpdateProfileHandler(MarketplaceDbContext db)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(int organisationId, ProfileForm form, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return [new FieldError(string.Empty, "Manage.NotFound")];
        }

        var name = TextNormalizer.Clean(form.Name);
        var registration = TextNormalizer.RegistrationNumber(form.RegistrationNumber);
        var errors = new List<FieldError>();
        if (name.Length == 0)
        {
            errors.Add(new FieldError(nameof(form.Name), "Validation.NameRequired"));
        }

        if (organisation.Type == OrganisationType.Cooperative && registration is null)
        {
            errors.Add(new FieldError(nameof(form.RegistrationNumber), "Validation.RegistrationNumberRequired"));
        }

        if (registration is not null && await db.Organisations.AnyAsync(o => o.Id != organisationId && o.RegistrationNumber == registration, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.RegistrationNumber), "Validation.RegistrationNumberTaken", registration));
        }

        if (form.Website is { Length: > 0 } website && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(new FieldError(nameof(form.Website), "Validation.Website"));
        }

        var sectors = (form.Sectors ?? []).Distinct().ToList();
        if (sectors.Count > 0 && await db.Categories.CountAsync(c => sectors.Contains(c.Code), cancellationToken) != sectors.Count)
        {
            errors.Add(new FieldError(nameof(form.Sectors), "Validation.CategoryUnknown"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (name != organisation.Name || registration != organisation.RegistrationNumber)
        {
            organisation.VerifiedAtUtc = null;
            organisation.VerifiedByUserId = null;
        }

        organisation.Name = name;
        organisation.RegistrationNumber = registration;
        organisation.NameEn = TextNormalizer.CleanOrNull(form.NameEn);
        organisation.Address = TextNormalizer.CleanOrNull(form.Address);
        organisation.YearFounded = form.YearFounded;
        organisation.MemberCount = form.MemberCount;
        organisation.Description = TextNormalizer.CleanOrNull(form.Description);
        organisation.DescriptionEn = TextNormalizer.CleanOrNull(form.DescriptionEn);
        organisation.Phone = TextNormalizer.CleanOrNull(form.Phone);
        organisation.Zalo = TextNormalizer.CleanOrNull(form.Zalo);
        organisation.ContactEmail = TextNormalizer.CleanOrNull(form.ContactEmail);
        organisation.Website = TextNormalizer.CleanOrNull(form.Website);
        organisation.Sectors = sectors.Count == 0 ? null : string.Join(',', sectors);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
