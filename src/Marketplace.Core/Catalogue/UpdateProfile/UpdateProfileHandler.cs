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
public sealed class UpdateProfileHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>The oldest cooperatives of today's kind date from the 1950s; a year before 1950 is a typing error.</summary>
    public const int FirstYearFounded = 1950;

    /// <summary>The largest unions of cooperatives count members in the tens of thousands; more is a typing error.</summary>
    public const int MaxMembers = 1_000_000;

    public async Task<IReadOnlyList<FieldError>> HandleAsync(int organisationId, ProfileForm form, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return [new FieldError(string.Empty, "Manage.NotFound")];
        }

        var errors = await CheckAsync(organisation, form, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        var name = TextNormalizer.Clean(form.Name);
        var registration = TextNormalizer.RegistrationNumber(form.RegistrationNumber);
        var sectors = (form.Sectors ?? []).Distinct().ToList();

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

    /// <summary>
    /// Every mistake in the form, nothing saved: the page asks for these alone when the binder already refused a field
    /// (a year that is not a number), so one send shows every message.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(int organisationId, ProfileForm form, CancellationToken cancellationToken) =>
        await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken) is { } organisation
            ? await CheckAsync(organisation, form, cancellationToken)
            : [new FieldError(string.Empty, "Manage.NotFound")];

    private async Task<List<FieldError>> CheckAsync(Organisation organisation, ProfileForm form, CancellationToken cancellationToken)
    {
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

        if (registration is not null && await db.Organisations.AnyAsync(o => o.Id != organisation.Id && o.RegistrationNumber == registration, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.RegistrationNumber), "Validation.RegistrationNumberTaken", registration));
        }

        if (form.Website is { Length: > 0 } website && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(new FieldError(nameof(form.Website), "Validation.Website"));
        }

        TextLimits.Check<Organisation>(db, errors,
            (nameof(form.Name), nameof(Organisation.Name), form.Name),
            (nameof(form.NameEn), nameof(Organisation.NameEn), form.NameEn),
            (nameof(form.RegistrationNumber), nameof(Organisation.RegistrationNumber), form.RegistrationNumber),
            (nameof(form.Address), nameof(Organisation.Address), form.Address),
            (nameof(form.Description), nameof(Organisation.Description), form.Description),
            (nameof(form.DescriptionEn), nameof(Organisation.DescriptionEn), form.DescriptionEn),
            (nameof(form.Phone), nameof(Organisation.Phone), form.Phone),
            (nameof(form.Zalo), nameof(Organisation.Zalo), form.Zalo),
            (nameof(form.ContactEmail), nameof(Organisation.ContactEmail), form.ContactEmail),
            (nameof(form.Website), nameof(Organisation.Website), form.Website));

        if (form.YearFounded is { } year && (year < FirstYearFounded || year > Cultures.TodayInVietnam(clock).Year))
        {
            errors.Add(new FieldError(nameof(form.YearFounded), "Validation.YearFounded", FirstYearFounded.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (form.MemberCount is { } members && members is < 1 or > MaxMembers)
        {
            errors.Add(new FieldError(nameof(form.MemberCount), "Validation.MemberCount", MaxMembers.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)));
        }

        if (form.ContactEmail is { Length: > 0 } contact && !System.Net.Mail.MailAddress.TryCreate(contact.Trim(), out _))
        {
            errors.Add(new FieldError(nameof(form.ContactEmail), "Validation.ContactEmail"));
        }

        var sectors = (form.Sectors ?? []).Distinct().ToList();
        if (sectors.Count > 0 && await db.Categories.CountAsync(c => sectors.Contains(c.Code), cancellationToken) != sectors.Count)
        {
            errors.Add(new FieldError(nameof(form.Sectors), "Validation.CategoryUnknown"));
        }

        return errors;
    }
}
