using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Trace;

/// <summary>
/// Lots of a cooperative's own products. Like <see cref="ManageProducts.ProductEditor"/>, every call names the
/// organisation of the person acting and every query is scoped by it: another cooperative's product or lot is not found.
/// </summary>
public sealed class LotEditor(MarketplaceDbContext db, TimeProvider clock)
{
    public const int MaxCodeLength = 50;
    public const int MaxAreaLength = 300;

    /// <summary>The first year a lot may date from: older dates are typing mistakes, not harvests still on sale.</summary>
    public const int FirstYear = 2000;

    /// <summary>The product's lots, newest first; null when the product is not the organisation's.</summary>
    public async Task<IReadOnlyList<LotView>?> ListAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        if (!await Owned(organisationId, productId).AnyAsync(cancellationToken))
        {
            return null;
        }

        var lots = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId).ToListAsync(cancellationToken);
        return lots.OrderByDescending(l => l.Date).ThenByDescending(l => l.Id).Select(ToView).ToList();
    }

    /// <summary>The product's name in the page's language; null when the product is not the organisation's.</summary>
    public async Task<string?> ProductNameAsync(int organisationId, int productId, bool english, CancellationToken cancellationToken) =>
        await Owned(organisationId, productId).AsNoTracking()
            .Select(p => english && p.NameEn != null && p.NameEn != "" ? p.NameEn : p.NameVi)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<LotView?> LoadAsync(int organisationId, int productId, int lotId, CancellationToken cancellationToken)
    {
        var lot = await OwnedLot(organisationId, productId, lotId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return lot is null ? null : ToView(lot);
    }

    public async Task<LotChange> AddAsync(int organisationId, int productId, LotForm form, CancellationToken cancellationToken)
    {
        if (!await Owned(organisationId, productId).AnyAsync(cancellationToken))
        {
            return LotChange.NotFound;
        }

        var errors = await ValidateAsync(productId, null, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new LotChange(null, errors);
        }

        var lot = new Lot { ProductId = productId, Code = string.Empty, TraceCode = TraceCodes.New() };
        Apply(lot, form);
        db.Lots.Add(lot);
        return await SaveAsync(lot, productId, form, cancellationToken);
    }

    public async Task<LotChange> UpdateAsync(int organisationId, int productId, int lotId, LotForm form, CancellationToken cancellationToken)
    {
        var lot = await OwnedLot(organisationId, productId, lotId).SingleOrDefaultAsync(cancellationToken);
        if (lot is null)
        {
            return LotChange.NotFound;
        }

        var errors = await ValidateAsync(productId, lotId, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new LotChange(lotId, errors);
        }

        // The trace code stays: labels with it are already on packages.
        Apply(lot, form);
        return await SaveAsync(lot, productId, form, cancellationToken);
    }

    /// <summary>The rules alone, nothing saved: for a form the page already refuses (a quantity that is not a number), so every mistake shows at once.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(int organisationId, int productId, int? lotId, LotForm form, CancellationToken cancellationToken) =>
        await Owned(organisationId, productId).AnyAsync(cancellationToken)
            ? await ValidateAsync(productId, lotId, form, cancellationToken)
            : LotChange.NotFound.Errors;

    public async Task<bool> DeleteAsync(int organisationId, int productId, int lotId, CancellationToken cancellationToken)
    {
        var lot = await OwnedLot(organisationId, productId, lotId).SingleOrDefaultAsync(cancellationToken);
        if (lot is null)
        {
            return false;
        }

        db.Lots.Remove(lot);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Labels for the product (or one of its lots) filling <paramref name="pages"/> sheets of
    /// <paramref name="perPage"/>; null when the product or lot is not the organisation's.
    /// </summary>
    public async Task<LabelSheet?> LabelSheetAsync(int organisationId, int productId, int? lotId, int perPage, int pages, bool english, CancellationToken cancellationToken)
    {
        var product = await (
            from p in Owned(organisationId, productId).AsNoTracking()
            join o in db.Organisations on p.OrganisationId equals o.Id
            select new { p.NameVi, p.NameEn, p.OcopStars, p.TraceCode, CooperativeName = o.Name, CooperativeNameEn = o.NameEn }).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return null;
        }

        LotView? lot = null;
        if (lotId is { } id)
        {
            lot = await LoadAsync(organisationId, productId, id, cancellationToken);
            if (lot is null)
            {
                return null;
            }
        }

        var label = lot is null ? new Label(product.TraceCode, null, null) : new Label(lot.TraceCode, lot.Code, lot.Date);
        return new LabelSheet(
            productId,
            Bilingual.Pick(product.NameVi, product.NameEn, english),
            Bilingual.Pick(product.CooperativeName, product.CooperativeNameEn, english),
            product.OcopStars,
            lot,
            Enumerable.Repeat(label, Math.Clamp(perPage * pages, 1, 1000)).ToList());
    }

    private IQueryable<Product> Owned(int organisationId, int productId) =>
        db.Products.Where(p => p.Id == productId && p.OrganisationId == organisationId);

    private IQueryable<Lot> OwnedLot(int organisationId, int productId, int lotId) =>
        db.Lots.Where(l => l.Id == lotId && l.ProductId == productId && db.Products.Any(p => p.Id == productId && p.OrganisationId == organisationId));

    private async Task<List<FieldError>> ValidateAsync(int productId, int? lotId, LotForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var code = TextNormalizer.Clean(form.Code);
        if (code.Length == 0)
        {
            errors.Add(new FieldError(nameof(form.Code), "Lot.Validation.CodeRequired"));
        }
        else if (code.Length > MaxCodeLength)
        {
            errors.Add(new FieldError(nameof(form.Code), "Lot.Validation.CodeTooLong"));
        }
        else if (await CodeTakenAsync(productId, lotId, code, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.Code), "Lot.Validation.CodeTaken"));
        }

        var latest = Cultures.TodayInVietnam(clock).AddYears(1);
        if (form.Date is not { } date)
        {
            errors.Add(new FieldError(nameof(form.Date), "Lot.Validation.DateRequired"));
        }
        else if (date.Year < FirstYear || date > latest)
        {
            errors.Add(new FieldError(nameof(form.Date), "Lot.Validation.DateRange"));
        }

        if (TextNormalizer.Clean(form.GrowingArea).Length > MaxAreaLength)
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

    // Case-insensitive: "TL-01" and "tl-01" on two labels of one product would only confuse buyers.
    private async Task<bool> CodeTakenAsync(int productId, int? lotId, string code, CancellationToken cancellationToken)
    {
        var codes = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId && l.Id != lotId).Select(l => l.Code).ToListAsync(cancellationToken);
        return codes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<LotChange> SaveAsync(Lot lot, int productId, LotForm form, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new LotChange(lot.Id, []);
        }
        catch (DbUpdateException)
        {
            // Two people saved the same code at once: the unique index kept one; the other hears why. Anything else is a real error.
            db.ChangeTracker.Clear();
            if (await CodeTakenAsync(productId, lot.Id == 0 ? null : lot.Id, lot.Code, CancellationToken.None))
            {
                return new LotChange(null, [new FieldError(nameof(form.Code), "Lot.Validation.CodeTaken")]);
            }

            throw;
        }
    }

    private static void Apply(Lot lot, LotForm form)
    {
        lot.Code = TextNormalizer.Clean(form.Code);
        lot.Date = form.Date!.Value;
        lot.GrowingArea = TextNormalizer.CleanOrNull(form.GrowingArea);
        lot.Quantity = form.Quantity;
        lot.Unit = form.Quantity is null ? null : form.Unit;
    }

    private static LotView ToView(Lot lot) => new(lot.Id, lot.Code, lot.Date, lot.GrowingArea, lot.Quantity, lot.Unit, lot.TraceCode);
}
