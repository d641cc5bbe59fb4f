using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands;

/// <summary>
/// The rules of a <see cref="DemandForm"/>, the same for posting and editing, from the page or the API. The page also asks
/// for them alone when the binder has already refused the form (a quantity that is not a number), so every mistake shows at once.
/// </summary>
public sealed class DemandFormValidator(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>Every mistake in the form, field by field, as resource keys; nothing is saved.</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(DemandForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string key) => errors.Add(new FieldError(field, key));

        var title = TextNormalizer.Clean(form.Title);
        if (title.Length == 0)
        {
            Fail(nameof(form.Title), "Demands.Validation.TitleRequired");
        }
        else if (title.Length > DemandForm.MaxTitleLength)
        {
            Fail(nameof(form.Title), "Demands.Validation.TitleTooLong");
        }

        if (string.IsNullOrEmpty(form.CategoryCode) || !await db.Categories.AnyAsync(c => c.Code == form.CategoryCode, cancellationToken))
        {
            Fail(nameof(form.CategoryCode), "Validation.CategoryUnknown");
        }

        if (form.Quantity is not (> 0 and <= DemandForm.MaxQuantity))
        {
            Fail(nameof(form.Quantity), "Demands.Validation.Quantity");
        }

        if (form.Unit is not { } unit || !Enum.IsDefined(unit))
        {
            Fail(nameof(form.Unit), "Demands.Validation.Unit");
        }

        if (form.Frequency is not { } frequency || !Enum.IsDefined(frequency))
        {
            Fail(nameof(form.Frequency), "Demands.Validation.Frequency");
        }

        if (string.IsNullOrEmpty(form.DeliveryProvinceCode) || !await db.Provinces.AnyAsync(p => p.Code == form.DeliveryProvinceCode, cancellationToken))
        {
            Fail(nameof(form.DeliveryProvinceCode), "Validation.ProvinceUnknown");
        }

        CheckDates(form, Cultures.TodayInVietnam(clock), Fail);
        await CheckCertificatesAsync(form, Fail, cancellationToken);

        if (form.MinimumOcopStars is not (null or 3 or 4 or 5))
        {
            Fail(nameof(form.MinimumOcopStars), "Validation.OcopStars");
        }

        if (form.TargetPriceVnd is < 0 or > DemandForm.MaxTargetPriceVnd)
        {
            Fail(nameof(form.TargetPriceVnd), "Demands.Validation.TargetPrice");
        }

        if (TextNormalizer.Clean(form.Description).Length > DemandForm.MaxDescriptionLength)
        {
            Fail(nameof(form.Description), "Demands.Validation.DescriptionTooLong");
        }

        return errors;
    }

    private static void CheckDates(DemandForm form, DateOnly today, Action<string, string> fail)
    {
        if (form.DeliveryFrom is null)
        {
            fail(nameof(form.DeliveryFrom), "Demands.Validation.DeliveryFromRequired");
        }

        if (form.DeliveryTo is not { } deliveryTo)
        {
            fail(nameof(form.DeliveryTo), "Demands.Validation.DeliveryToRequired");
        }
        else if (deliveryTo < today)
        {
            fail(nameof(form.DeliveryTo), "Demands.Validation.DeliveryToPast");
        }
        else if (form.DeliveryFrom is { } deliveryFrom && deliveryFrom > deliveryTo)
        {
            fail(nameof(form.DeliveryTo), "Demands.Validation.DeliveryWindow");
        }

        if (form.ValidUntil is not { } validUntil)
        {
            fail(nameof(form.ValidUntil), "Demands.Validation.ValidUntilRequired");
        }
        else if (validUntil < today)
        {
            fail(nameof(form.ValidUntil), "Demands.Validation.ValidUntilPast");
        }
        else if (validUntil > today.AddYears(DemandForm.MaxValidYears))
        {
            fail(nameof(form.ValidUntil), "Demands.Validation.ValidUntilTooFar");
        }
    }

    private async Task CheckCertificatesAsync(DemandForm form, Action<string, string> fail, CancellationToken cancellationToken)
    {
        var wanted = DemandFormMapping.Certificates(form);
        if (wanted.Count == 0)
        {
            return;
        }

        var known = await db.CertificateTypes.Where(t => wanted.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken);
        if (wanted.Any(code => !known.Contains(code) || DemandStates.IsOcopRating(code)))
        {
            fail(nameof(form.RequiredCertificates), "Demands.Validation.CertificateUnknown");
        }
    }
}
