using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.CompareQuotes;

/// <summary>How the buyer orders the comparison.</summary>
public enum QuoteOrder
{
    Price = 1,
    Total = 2,
    LeadTime = 3,
    ResponseTime = 4,
    Cooperative = 5,
}

/// <summary>A required certificate and whether the cooperative holds one valid through the last day of delivery.</summary>
public sealed record CertificateCheck(string TypeCode, bool ValidThroughDelivery, DateOnly? ValidUntil);

/// <summary>One thread of a request side by side with the others: its current quotation in comparable figures.</summary>
public sealed record QuoteRow(
    int InquiryId,
    int CooperativeId,
    string Cooperative,
    InquiryState State,
    int? Revision,
    decimal? PricePerUnit,
    SalesUnit? PriceUnit,
    long? TotalVnd,
    decimal? QuotedQuantity,
    SalesUnit? QuotedUnit,
    int? LeadTimeDays,
    DeliveryTerms? DeliveryTerms,
    string? DeliveryPlace,
    DateOnly? ValidUntil,
    bool Lapsed,
    TimeSpan? ResponseTime,
    IReadOnlyList<CertificateCheck> Certificates,
    DateTime? QuotedAtUtc);

public sealed record QuoteComparison(int RequestId, string Title, DateOnly Deadline, bool Closed, int WantedQuotes, decimal AskedQuantity, SalesUnit AskedUnit, DateOnly DeliveryTo, IReadOnlyList<QuoteRow> Rows);

/// <summary>
/// The quotes of one request for quotation side by side, for its buyer only: price per the same unit (per kg for
/// weights), total, lead time, certificates valid through the delivery window, how fast each cooperative answered.
/// Threads without a quote stay in the list, last, so the buyer sees who has not answered.
/// </summary>
public sealed class CompareQuotesHandler(MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<QuoteComparison?> HandleAsync(int organisationId, int requestId, QuoteOrder order, bool english, CancellationToken cancellationToken)
    {
        var request = await db.Set<QuotationRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.BuyerOrganisationId == organisationId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var threads = await ThreadsAsync(db.Inquiries().Where(i => i.RequestId == requestId && i.BuyerOrganisationId == organisationId), cancellationToken);
        var rows = await RowsAsync(threads, english, cancellationToken);
        var first = threads.FirstOrDefault();
        return new QuoteComparison(
            request.Id, request.Title, request.Deadline, request.ClosedAtUtc is not null, request.WantedQuotes,
            first?.Quantity ?? 0, first?.Unit ?? SalesUnit.Kg, first?.DeliveryTo ?? request.Deadline, Sort(rows, order));
    }

    /// <summary>Every thread of the buyer that has a quotation, newest first: the buyer's CSV export.</summary>
    public async Task<IReadOnlyList<QuoteRow>> AllQuotesAsync(int organisationId, bool english, CancellationToken cancellationToken)
    {
        var threads = await ThreadsAsync(db.Inquiries().Where(i => i.BuyerOrganisationId == organisationId && i.Quotations.Any()), cancellationToken);
        return (await RowsAsync(threads, english, cancellationToken)).OrderByDescending(r => r.QuotedAtUtc).ToList();
    }

    public static IReadOnlyList<QuoteRow> Sort(IEnumerable<QuoteRow> rows, QuoteOrder order)
    {
        // Unquoted threads last whatever the order; ties by cooperative name so the page is stable.
        var quotedFirst = rows.OrderBy(r => r.Revision is null);
        return (order switch
        {
            QuoteOrder.Total => quotedFirst.ThenBy(r => r.TotalVnd),
            QuoteOrder.LeadTime => quotedFirst.ThenBy(r => r.LeadTimeDays),
            QuoteOrder.ResponseTime => quotedFirst.ThenBy(r => r.ResponseTime ?? TimeSpan.MaxValue),
            QuoteOrder.Cooperative => quotedFirst,
            _ => quotedFirst.ThenBy(r => r.PricePerUnit),
        }).ThenBy(r => r.Cooperative, StringComparer.Create(Cultures.Vietnamese, CompareOptions.None)).ToList();
    }

    private Task<List<Inquiry>> ThreadsAsync(IQueryable<Inquiry> threads, CancellationToken cancellationToken) =>
        threads.AsNoTracking().Include(i => i.Quotations).ThenInclude(q => q.Lines).ThenInclude(l => l.Tiers).AsSplitQuery().ToListAsync(cancellationToken);

    private async Task<List<QuoteRow>> RowsAsync(List<Inquiry> threads, bool english, CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        var cooperativeIds = threads.Select(t => t.CooperativeOrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => cooperativeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => english ? o.NameEn ?? o.Name : o.Name, cancellationToken);
        var certificates = (await db.Certificates.AsNoTracking().Where(c => cooperativeIds.Contains(c.OrganisationId)).ToListAsync(cancellationToken)).ToLookup(c => c.OrganisationId);
        return threads.Select(t =>
        {
            var quotation = t.Quotations.Where(q => q.SupersededAtUtc is null).MaxBy(q => q.Revision);
            var quantity = quotation is null ? null : QuotationPricing.TotalQuantity(quotation);
            var total = quotation is null ? (long?)null : QuotationPricing.TotalVnd(quotation);
            var checks = ReadThread.ReadThreadHandler.Codes(t.RequiredCertificates).Select(code =>
            {
                var best = certificates[t.CooperativeOrganisationId].Where(c => c.TypeCode == code).MaxBy(c => c.ValidUntil);
                return new CertificateCheck(code, best is not null && best.IsValidOn(t.DeliveryTo), best?.ValidUntil);
            }).ToList();
            return new QuoteRow(
                t.Id, t.CooperativeOrganisationId, names.GetValueOrDefault(t.CooperativeOrganisationId, string.Empty), t.State, quotation?.Revision,
                quantity is { Quantity: > 0 } q ? Math.Round(total!.Value / q.Quantity, 0) : null, quantity?.Unit,
                total, quantity?.Quantity, quantity?.Unit, quotation?.LeadTimeDays, quotation?.DeliveryTerms, quotation?.DeliveryPlace,
                quotation?.ValidUntil, quotation is not null && quotation.ValidUntil < today,
                t.FirstAnsweredAtUtc - t.CreatedAtUtc, checks, quotation?.CreatedAtUtc);
        }).ToList();
    }
}
