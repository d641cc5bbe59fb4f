using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.ReadThread;

/// <summary>
/// Opens a thread for one of its two parties (anyone else: null, the page answers 404). Opening marks it read for
/// that side; the cooperative's first opening is recorded as viewed, which the buyer sees.
/// </summary>
public sealed class ReadThreadHandler(MarketplaceDbContext db, InquiryMoves moves, ReferenceTablesCache referenceTables, TimeProvider clock)
{
    public async Task<ThreadView?> OpenAsync(int organisationId, string userId, int inquiryId, bool english, CancellationToken cancellationToken)
    {
        var party = await db.ThreadOf(organisationId, inquiryId).Select(i => new { i.State, Buyer = i.BuyerOrganisationId == organisationId }).SingleOrDefaultAsync(cancellationToken);
        if (party is null)
        {
            return null;
        }

        if (!party.Buyer && party.State == InquiryState.Sent)
        {
            await moves.ApplyAsync(organisationId, userId, inquiryId, InquiryAction.View, null, cancellationToken);
        }

        // Read marks do not take part in the version check: reading must never make the other party's move fail.
        var now = clock.GetUtcNow().UtcDateTime;
        if (party.Buyer)
        {
            await db.ThreadOf(organisationId, inquiryId).ExecuteUpdateAsync(s => s.SetProperty(i => i.BuyerReadAtUtc, now), cancellationToken);
        }
        else
        {
            await db.ThreadOf(organisationId, inquiryId).ExecuteUpdateAsync(s => s.SetProperty(i => i.CooperativeReadAtUtc, now), cancellationToken);
        }

        return await ReadAsync(organisationId, inquiryId, english, cancellationToken);
    }

    /// <summary>The thread without marking anything (the API's GET, exports).</summary>
    public async Task<ThreadView?> ReadAsync(int organisationId, int inquiryId, bool english, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var inquiry = await db.ThreadOf(organisationId, inquiryId).AsNoTracking()
            .Include(i => i.Products).Include(i => i.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id))
            .Include(i => i.Quotations.OrderByDescending(q => q.Revision)).ThenInclude(q => q.Lines).ThenInclude(l => l.Tiers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        var tables = await referenceTables.GetAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().Where(o => o.Id == inquiry.BuyerOrganisationId || o.Id == inquiry.CooperativeOrganisationId)
            .ToDictionaryAsync(o => o.Id, o => english ? o.NameEn ?? o.Name : o.Name, cancellationToken);
        var productIds = inquiry.Products.Select(p => p.ProductId).Concat(inquiry.Quotations.SelectMany(q => q.Lines).Select(l => l.ProductId)).Distinct().ToList();
        var products = (await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToListAsync(cancellationToken))
            .Select(p => new ThreadProduct(p.Id, p.Name(english), Slugs.For(p.Name(english)))).ToList();
        var userIds = inquiry.Events.Select(e => e.ByUserId).OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var blocked = await db.Set<BuyerBlock>().AnyAsync(b => b.CooperativeOrganisationId == inquiry.CooperativeOrganisationId && b.BuyerOrganisationId == inquiry.BuyerOrganisationId, cancellationToken);
        return new ThreadView(
            inquiry.Id,
            inquiry.PartyOf(organisationId),
            inquiry.State,
            inquiry.BuyerOrganisationId,
            names.GetValueOrDefault(inquiry.BuyerOrganisationId, string.Empty),
            inquiry.CooperativeOrganisationId,
            names.GetValueOrDefault(inquiry.CooperativeOrganisationId, string.Empty),
            products.OrderBy(p => inquiry.Products.Any(asked => asked.ProductId == p.Id) ? 0 : 1).ToList(),
            inquiry.Quantity,
            inquiry.Unit,
            tables.Provinces.TryGetValue(inquiry.DeliveryProvinceCode, out var province) ? province.Name(english) : inquiry.DeliveryProvinceCode,
            inquiry.DeliveryFrom,
            inquiry.DeliveryTo,
            inquiry.TargetPriceVnd,
            Codes(inquiry.RequiredCertificates).Select(c => tables.CertificateTypes.TryGetValue(c, out var type) ? type.Name(english) : c).ToList(),
            inquiry.SpecificationMediaKey,
            inquiry.Deadline,
            inquiry.RequestId,
            inquiry.DemandId,
            inquiry.CreatedAtUtc,
            inquiry.Events.Select(e => new ThreadEntry(e.Action, e.Party, e.ByUserId is null ? null : people.GetValueOrDefault(e.ByUserId), e.AtUtc, e.FromState, e.ToState, e.Text, e.QuotationId)).ToList(),
            inquiry.Quotations,
            inquiry.AcceptedQuotationId,
            inquiry.DealValueVnd,
            inquiry.DealQuantity,
            inquiry.DealUnit,
            blocked,
            Cultures.TodayInVietnam(clock));
    }

    public static IReadOnlyList<string> Codes(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
