using Marketplace.Catalogue.Trace;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.PrintLabels;

/// <summary>Printable labels with the trace code of one of the cooperative's own products, or of one of its lots.</summary>
public sealed class PrintLabelsHandler(MarketplaceDbContext db)
{
    /// <summary>
    /// Labels for the product (or one of its lots) filling <paramref name="pages"/> sheets of
    /// <paramref name="perPage"/>; null when the product or lot is not the organisation's.
    /// </summary>
    public async Task<LabelSheet?> HandleAsync(int organisationId, int productId, int? lotId, int perPage, int pages, bool english, CancellationToken cancellationToken)
    {
        var product = await (
            from p in db.OwnProduct(organisationId, productId).AsNoTracking()
            join o in db.Organisations on p.OrganisationId equals o.Id
            select new { p.NameVi, p.NameEn, p.OcopStars, p.TraceCode, CooperativeName = o.Name, CooperativeNameEn = o.NameEn }).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return null;
        }

        LotView? lot = null;
        if (lotId is { } id)
        {
            var row = await db.OwnLot(organisationId, productId, id).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }

            lot = LotRecords.ToView(row);
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
}
