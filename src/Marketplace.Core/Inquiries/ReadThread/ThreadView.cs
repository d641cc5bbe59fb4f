using Marketplace.Catalogue;

namespace Marketplace.Inquiries.ReadThread;

/// <summary>One thread as one of its parties sees it: what was asked, what happened, the quotations, what they may do next.</summary>
public sealed record ThreadView(
    int Id,
    InquiryParty Viewer,
    InquiryState State,
    int BuyerId,
    string BuyerName,
    int CooperativeId,
    string CooperativeName,
    IReadOnlyList<ThreadProduct> Products,
    decimal Quantity,
    SalesUnit Unit,
    string DeliveryProvince,
    DateOnly DeliveryFrom,
    DateOnly DeliveryTo,
    long? TargetPriceVnd,
    IReadOnlyList<string> RequiredCertificates,
    string? SpecificationMediaKey,
    DateOnly Deadline,
    int? RequestId,
    int? DemandId,
    DateTime CreatedAtUtc,
    IReadOnlyList<ThreadEntry> Entries,
    IReadOnlyList<Quotation> Quotations,
    int? AcceptedQuotationId,
    long? DealValueVnd,
    decimal? DealQuantity,
    SalesUnit? DealUnit,
    bool BuyerBlocked,
    DateOnly Today)
{
    public Quotation? CurrentQuotation => Quotations.FirstOrDefault(q => q.SupersededAtUtc is null);

    public bool May(InquiryAction action) => InquiryStateMachine.Next(State, action, Viewer) is not null;

    public bool IsLapsed(Quotation quotation) => quotation.ValidUntil < Today;

    public string ProductName(int productId) => Products.FirstOrDefault(p => p.Id == productId)?.Name ?? $"#{productId}";
}

public sealed record ThreadProduct(int Id, string Name, string Slug);

/// <summary>One event of the thread with the name of the person who made it (null for the site).</summary>
public sealed record ThreadEntry(InquiryAction Action, InquiryParty Party, string? ByName, DateTime AtUtc, InquiryState FromState, InquiryState ToState, string? Text, int? QuotationId);
