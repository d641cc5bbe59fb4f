using Marketplace.Inquiries;
using Marketplace.Inquiries.CompareQuotes;
using Marketplace.Inquiries.ReadInbox;
using Marketplace.Inquiries.ReadThread;
using Marketplace.Inquiries.SendInquiry;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marketplace.Web.Areas.Inquiries.Models;

public sealed record InboxView(InboxPage Inbox, InquiryState? State, string? Search, bool IsBuyer);

public sealed record NewInquiryPage(
    InquiryFormModel Form,
    IReadOnlyList<CandidateCooperative> Cooperatives,
    DemandTerms? Demand,
    List<SelectListItem> Provinces,
    IReadOnlyList<(string Code, string Name)> CertificateTypes,
    DateOnly Today)
{
    public bool IsRequest => Cooperatives.Count > 1;
}

/// <summary>A move the thread refused, shown beside its form with what the person typed.</summary>
public sealed record RefusedMove(InquiryAction Move, string Message, string? Words);

public sealed record ThreadPage(ThreadView Thread, string Link, string ZaloShare, RefusedMove? Refused)
{
    public string? WordsFor(InquiryAction move) => Refused?.Move == move ? Refused.Words : null;

    public string? ErrorFor(InquiryAction move) => Refused?.Move == move ? Refused.Message : null;
}

public sealed record QuotePage(ThreadView Thread, QuoteFormModel Form)
{
    /// <summary>A first quotation starts from what was asked; a revision from the current quotation.</summary>
    public static QuoteFormModel Blank(ThreadView thread, DateOnly today)
    {
        var current = thread.CurrentQuotation;
        return new QuoteFormModel
        {
            DeliveryTerms = current?.DeliveryTerms ?? DeliveryTerms.DeliveredToProvince,
            DeliveryPlace = current?.DeliveryPlace ?? thread.DeliveryProvince,
            LeadTimeDays = current?.LeadTimeDays,
            PaymentTerms = current?.PaymentTerms,
            ValidUntil = current?.ValidUntil is { } until && until >= today ? until : today.AddDays(14),
            Lines =
            [
                .. thread.Products.Where(p => current is null || current.Lines.Any(l => l.ProductId == p.Id) || thread.Products.Count <= Marketplace.Inquiries.InquiryForm.MaxProducts).Select(p =>
                {
                    var line = current?.Lines.FirstOrDefault(l => l.ProductId == p.Id);
                    return new QuoteLineModel
                    {
                        ProductId = p.Id,
                        Include = current is null || line is not null,
                        UnitPriceVnd = line?.UnitPriceVnd,
                        Quantity = line?.Quantity ?? thread.Quantity,
                        Unit = line?.Unit ?? thread.Unit,
                        MinimumOrder = line?.MinimumOrder,
                        Packaging = line?.Packaging,
                        SamplePriceVnd = line?.SamplePriceVnd,
                        Tiers = [.. (line?.Tiers ?? []).Select(t => new QuoteTierModel { FromQuantity = t.FromQuantity, UnitPriceVnd = t.UnitPriceVnd })],
                    };
                }),
            ],
        };
    }
}

public sealed record ComparePage(QuoteComparison Comparison, QuoteOrder Sort);
