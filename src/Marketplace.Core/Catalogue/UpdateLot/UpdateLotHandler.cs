using Marketplace.Catalogue.Trace;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.UpdateLot;

/// <summary>Changes a lot of one of the cooperative's own products; its trace code stays.</summary>
public sealed class UpdateLotHandler(MarketplaceDbContext db, LotFormValidator validator)
{
    public async Task<LotChange> HandleAsync(int organisationId, int productId, int lotId, LotForm form, CancellationToken cancellationToken)
    {
        var lot = await db.OwnLot(organisationId, productId, lotId).SingleOrDefaultAsync(cancellationToken);
        if (lot is null)
        {
            return LotChange.NotFound;
        }

        var errors = await validator.ValidateAsync(productId, lotId, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new LotChange(lotId, errors);
        }

        // The trace code stays: labels with it are already on packages.
        LotRecords.Apply(lot, form);
        return await LotRecords.SaveAsync(db, lot, productId, form, cancellationToken);
    }
}
