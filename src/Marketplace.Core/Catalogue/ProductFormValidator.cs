using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue;

/// <summary>
/// The rules of a <see cref="ProductForm"/>, the same for a new product and an edited one. The page also asks for them
/// alone when the binder has already refused a field (a price that is not a number), so every mistake shows at once.
/// </summary>
public sealed class ProductFormValidator(MarketplaceDbContext db)
{
    /// <summary>Every mistake in the form, field by field, as resource keys; nothing is saved.</summary>
    public async Task<List<FieldError>> ValidateAsync(int organisationId, ProductForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(form.NameVi))
        {
            errors.Add(new FieldError(nameof(form.NameVi), "Validation.NameRequired"));
        }

        if (!await db.Categories.AnyAsync(c => c.Code == form.CategoryCode, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.CategoryCode), "Validation.CategoryUnknown"));
        }

        if (!await db.Provinces.AnyAsync(p => p.Code == form.OriginProvinceCode, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.OriginProvinceCode), "Validation.ProvinceUnknown"));
        }

        if (form.PriceMinVnd < 0 || form.PriceMaxVnd < 0 || form.PriceMinVnd > form.PriceMaxVnd)
        {
            errors.Add(new FieldError(nameof(form.PriceMaxVnd), "Validation.PriceRange"));
        }

        if (form.OcopStars is not (null or 3 or 4 or 5))
        {
            errors.Add(new FieldError(nameof(form.OcopStars), "Validation.OcopStars"));
        }

        if (form.CapacityAmount is not null && (form.CapacityUnit is null || form.CapacityPeriod is null))
        {
            errors.Add(new FieldError(nameof(form.CapacityPeriod), "Validation.CapacityIncomplete"));
        }

        if (form.HarvestMonths.Any(month => month is < 1 or > 12))
        {
            errors.Add(new FieldError(nameof(form.HarvestMonths), "Validation.HarvestMonth"));
        }

        TextLimits.Check<Product>(db, errors,
            (nameof(form.NameVi), nameof(Product.NameVi), form.NameVi),
            (nameof(form.NameEn), nameof(Product.NameEn), form.NameEn),
            (nameof(form.DescriptionVi), nameof(Product.DescriptionVi), form.DescriptionVi),
            (nameof(form.DescriptionEn), nameof(Product.DescriptionEn), form.DescriptionEn),
            (nameof(form.OcopCertificateNumber), nameof(Product.OcopCertificateNumber), form.OcopCertificateNumber),
            (nameof(form.OriginPlace), nameof(Product.OriginPlace), form.OriginPlace),
            (nameof(form.GeographicalIndication), nameof(Product.GeographicalIndication), form.GeographicalIndication),
            (nameof(form.Packaging), nameof(Product.Packaging), form.Packaging),
            (nameof(form.ExportMarkets), nameof(Product.ExportMarkets), form.ExportMarkets));

        var held = await db.Certificates.Where(c => c.OrganisationId == organisationId).Select(c => c.Id).ToListAsync(cancellationToken);
        if (form.CertificateIds.Except(held).Any())
        {
            errors.Add(new FieldError(nameof(form.CertificateIds), "Validation.CertificateNotHeld"));
        }

        return errors;
    }
}
