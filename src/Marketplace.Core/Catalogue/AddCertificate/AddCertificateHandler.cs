using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.AddCertificate;

/// <summary>A cooperative adds a certificate it holds (VietGAP, organic, OCOP...), for its products to name.</summary>
public sealed class AddCertificateHandler(MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(int organisationId, CertificateForm form, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(form, cancellationToken);
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

    /// <summary>Every mistake in the form, nothing saved (also asked alone when the binder already refused a field).</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(CertificateForm form, CancellationToken cancellationToken)
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

        TextLimits.Check<Certificate>(db, errors,
            (nameof(form.Number), nameof(Certificate.Number), form.Number),
            (nameof(form.Issuer), nameof(Certificate.Issuer), form.Issuer),
            (nameof(form.Scope), nameof(Certificate.Scope), form.Scope));

        var today = Cultures.TodayInVietnam(clock);
        if (form.ValidUntil < today.AddYears(-20) || form.ValidUntil > today.AddYears(20))
        {
            errors.Add(new FieldError(nameof(form.ValidUntil), "Validation.CertificateDate"));
        }

        return errors;
    }
}
