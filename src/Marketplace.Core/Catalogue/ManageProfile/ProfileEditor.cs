using Marketplace.Accounts;
using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ManageProfile;

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

public sealed record CertificateForm(string TypeCode, string Number, string? Issuer, string? Scope, DateOnly ValidUntil);

/// <summary>
/// A cooperative's own profile and certificates, always by the member's organisation id. Changing the name or the
/// registration number returns the cooperative to unverified: what was verified is no longer what is shown.
/// </summary>
public sealed class ProfileEditor(MarketplaceDbContext db, Media.ImageUploads uploads, TimeProvider clock)
{
    public async Task<ProfileForm?> LoadAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new ProfileForm(o.Name, o.NameEn, o.RegistrationNumber, o.Address, o.YearFounded, o.MemberCount, o.Description,
                o.DescriptionEn, o.Phone, o.Zalo, o.ContactEmail, o.Website, o.Sectors == null ? null : o.Sectors.Split(',', StringSplitOptions.None)))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(int organisationId, ProfileForm form, CancellationToken cancellationToken)
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

    /// <summary>Replaces the logo; the old one's renditions are removed once the new one is saved.</summary>
    /// <exception cref="Media.ImageRefusedException">The upload is not an image the site takes.</exception>
    public async Task SetLogoAsync(int organisationId, Stream upload, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken);
        var stored = await uploads.StoreAsync($"o{organisationId}", upload, cancellationToken);
        var previous = organisation.LogoMediaKey;
        organisation.LogoMediaKey = stored.Key;
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(previous, cancellationToken);
    }

    /// <summary>Attaches a photo or scan of a certificate of the organisation's own; false when it is not theirs.</summary>
    /// <exception cref="Media.ImageRefusedException">The upload is not an image the site takes.</exception>
    public async Task<bool> AttachDocumentAsync(int organisationId, int certificateId, Stream upload, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId && c.OrganisationId == organisationId, cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        var stored = await uploads.StoreAsync($"c{certificateId}", upload, cancellationToken);
        var previous = certificate.DocumentMediaKey;
        certificate.DocumentMediaKey = stored.Key;
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(previous, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<Certificate>> CertificatesAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Certificates.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.ValidUntil).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FieldError>> AddCertificateAsync(int organisationId, CertificateForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!await db.CertificateTypes.AnyAsync(t => t.Code == form.TypeCode, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.TypeCode), "Validation.CertificateType"));
        }

        if (string.IsNullOrWhiteSpace(form.Number))
        {
            errors.Add(new FieldError(nameof(form.Number), "Validation.CertificateNumber"));
        }

        var today = Cultures.TodayInVietnam(clock);
        if (form.ValidUntil < today.AddYears(-20) || form.ValidUntil > today.AddYears(20))
        {
            errors.Add(new FieldError(nameof(form.ValidUntil), "Validation.CertificateDate"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.Certificates.Add(new Certificate
        {
            OrganisationId = organisationId,
            TypeCode = form.TypeCode,
            Number = TextNormalizer.Clean(form.Number),
            Issuer = TextNormalizer.CleanOrNull(form.Issuer),
            Scope = TextNormalizer.CleanOrNull(form.Scope),
            ValidUntil = form.ValidUntil,
        });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Removes a certificate and its links to products; another cooperative's certificate is not found.</summary>
    public async Task<bool> RemoveCertificateAsync(int organisationId, int certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId && c.OrganisationId == organisationId, cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        db.ProductCertificates.RemoveRange(db.ProductCertificates.Where(p => p.CertificateId == certificateId));
        db.Certificates.Remove(certificate);
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(certificate.DocumentMediaKey, cancellationToken);
        return true;
    }
}
