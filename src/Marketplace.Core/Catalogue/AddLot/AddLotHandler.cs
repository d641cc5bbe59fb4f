using Marketplace.Catalogue.Trace;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.AddLot;

/// <summary>A new lot of one of the cooperative's own products, with a trace code of its own for its labels.</summary>
public sealed class AddLotHandler(MarketplaceDbContext db, LotFormValidator validator)
{
    public async Task<LotChange> HandleAsync(int organisationId, int productId, LotForm form, CancellationToken cancellationToken)
    {
        if (!await db.OwnProduct(organisationId, productId).AnyAsync(cancellationToken))
        {
            return LotChange.NotFound;
        }

        var errors = await validator.ValidateAsync(productId, null, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new LotChange(null, errors);
        }

        var lot = new Lot { ProductId = productId, Code = string.Empty, TraceCode = TraceCodes.New() };
        LotRecords.Apply(lot, form);
        db.Lots.Add(lot);
        return await LotRecords.SaveAsync(db, lot, productId, form, cancellationToken);
    }
}
