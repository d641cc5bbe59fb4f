using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Trace;

/// <summary>The rules of a <see cref="LotForm"/>, the same for adding a lot and editing one.</summary>
public sealed class LotFormValidator(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>The rules alone, nothing saved: for a form the page already refuses (a quantity that is not a number), so every mistake shows at once.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(int organisationId, int productId, int? lotId, LotForm form, CancellationToken cancellationToken) =>
        await db.OwnProduct(organisationId, productId).AnyAsync(cancellationToken)
            ? await ValidateAsync(productId, lotId, form, cancellationToken)
            : LotChange.NotFound.Errors;

    internal async Task<List<FieldError>> ValidateAsync(int productId, int? lotId, LotForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var code = TextNormalizer.Clean(form.Code);
        if (code.Length == 0)
        {
            errors.Add(new FieldError(nameof(form.Code), "Lot.Validation.CodeRequired"));
        }
        else if (code.Length > LotForm.MaxCodeLength)
        {
            errors.Add(new FieldError(nameof(form.Code), "Lot.Validation.CodeTooLong"));
        }
        else if (await LotRecords.CodeTakenAsync(db, productId, lotId, code, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.Code), "Lot.Validation.CodeTaken"));
        }

        var latest = Cultures.TodayInVietnam(clock).AddYears(1);
        if (form.Date is not { } date)
        {
            errors.Add(new FieldError(nameof(form.Date), "Lot.Validation.DateRequired"));
        }
        else if (date.Year < LotForm.FirstYear || date > latest)
        {
            errors.Add(new FieldError(nameof(form.Date), "Lot.Validation.DateRange"));
        }

        if (TextNormalizer.Clean(form.GrowingArea).Length > LotForm.MaxAreaLength)
        {
            errors.Add(new FieldError(nameof(form.GrowingArea), "Lot.Validation.AreaTooLong"));
        }

        if (form.Quantity < 0 || form.Quantity > 1_000_000_000)
        {
            errors.Add(new FieldError(nameof(form.Quantity), "Lot.Validation.QuantityRange"));
        }
        else if (form.Quantity is not null && (form.Unit is not { } unit || !Enum.IsDefined(unit)))
        {
            errors.Add(new FieldError(nameof(form.Unit), "Lot.Validation.UnitRequired"));
        }

        return errors;
    }
}
