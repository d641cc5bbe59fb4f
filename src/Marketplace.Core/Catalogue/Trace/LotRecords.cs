using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Trace;

/// <summary>How a lot is written from its form, saved and shown: the same for adding a lot and editing one.</summary>
internal static class LotRecords
{
    public static void Apply(Lot lot, LotForm form)
    {
        lot.Code = TextNormalizer.Clean(form.Code);
        lot.Date = form.Date!.Value;
        lot.GrowingArea = TextNormalizer.CleanOrNull(form.GrowingArea);
        lot.Quantity = form.Quantity;
        lot.Unit = form.Quantity is null ? null : form.Unit;
    }

    public static LotView ToView(Lot lot) => new(lot.Id, lot.Code, lot.Date, lot.GrowingArea, lot.Quantity, lot.Unit, lot.TraceCode);

    // Case-insensitive: "TL-01" and "tl-01" on two labels of one product would only confuse buyers.
    public static async Task<bool> CodeTakenAsync(MarketplaceDbContext db, int productId, int? lotId, string code, CancellationToken cancellationToken)
    {
        var codes = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId && l.Id != lotId).Select(l => l.Code).ToListAsync(cancellationToken);
        return codes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
    }

    public static async Task<LotChange> SaveAsync(MarketplaceDbContext db, Lot lot, int productId, LotForm form, CancellationToken cancellationToken)
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
            if (await CodeTakenAsync(db, productId, lot.Id == 0 ? null : lot.Id, lot.Code, CancellationToken.None))
            {
                return new LotChange(null, [new FieldError(nameof(form.Code), "Lot.Validation.CodeTaken")]);
            }

            throw;
        }
    }
}
