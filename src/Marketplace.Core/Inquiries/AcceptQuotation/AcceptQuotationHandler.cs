using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.AcceptQuotation;

/// <summary>
/// The buyer accepts the thread's current quotation while it is valid (Vietnam day): the deal is recorded on the
/// thread, its volume and value in whole VND, for the outcome figures. A superseded or lapsed quotation cannot be.
/// </summary>
public sealed class AcceptQuotationHandler(MarketplaceDbContext db, InquiryMoves moves, TimeProvider clock)
{
    public Task<MoveResult> HandleAsync(int organisationId, string userId, int inquiryId, int quotationId, string? note, CancellationToken cancellationToken) =>
        moves.ApplyAsync(organisationId, userId, inquiryId, InquiryAction.Accept, note, cancellationToken, async (inquiry, recorded, now, ct) =>
        {
            var quotation = await db.Set<Quotation>().Include(q => q.Lines).ThenInclude(l => l.Tiers)
                .SingleOrDefaultAsync(q => q.Id == quotationId && q.InquiryId == inquiry.Id, ct);
            if (quotation is null)
            {
                return new MoveResult(MoveOutcome.NotFound);
            }

            if (quotation.SupersededAtUtc is not null)
            {
                return new MoveResult(MoveOutcome.Invalid, inquiry.State, "Inquiries.Accept.Superseded");
            }

            if (quotation.ValidUntil < Cultures.TodayInVietnam(clock))
            {
                return new MoveResult(MoveOutcome.Invalid, inquiry.State, "Inquiries.Accept.Lapsed");
            }

            inquiry.AcceptedQuotationId = quotation.Id;
            inquiry.DealValueVnd = QuotationPricing.TotalVnd(quotation);
            (inquiry.DealQuantity, inquiry.DealUnit) = QuotationPricing.TotalQuantity(quotation) is { } total ? (total.Quantity, total.Unit) : ((decimal?)null, (Catalogue.SalesUnit?)null);
            recorded.QuotationId = quotation.Id;
            return null;
        });
}
