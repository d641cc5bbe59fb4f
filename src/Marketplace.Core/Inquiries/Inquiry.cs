using Marketplace.Catalogue;

namespace Marketplace.Inquiries;

/// <summary>
/// One thread between a buyer company and a cooperative about some of the cooperative's products: what was asked, where
/// it stands, and (once a quotation is accepted) the deal. Every change is an <see cref="InquiryEvent"/>.
/// </summary>
public sealed class Inquiry
{
    public int Id { get; set; }

    public int BuyerOrganisationId { get; set; }

    public int CooperativeOrganisationId { get; set; }

    /// <summary>The request for quotation it belongs to when the buyer sent one to several cooperatives at once.</summary>
    public int? RequestId { get; set; }

    /// <summary>The buyer's demand it answers, when it was sent from a match.</summary>
    public int? DemandId { get; set; }

    public string? CreatedByUserId { get; set; }

    public InquiryState State { get; set; } = InquiryState.Sent;

    public decimal Quantity { get; set; }

    public SalesUnit Unit { get; set; } = SalesUnit.Kg;

    public required string DeliveryProvinceCode { get; set; }

    public DateOnly DeliveryFrom { get; set; }

    public DateOnly DeliveryTo { get; set; }

    /// <summary>Whole VND per unit, if the buyer states one.</summary>
    public long? TargetPriceVnd { get; set; }

    /// <summary>Certificate type codes the buyer requires, comma-separated.</summary>
    public string? RequiredCertificates { get; set; }

    /// <summary>The buyer's own words (sanitised Markdown).</summary>
    public string? Message { get; set; }

    /// <summary>A specification image, re-encoded like photos.</summary>
    public string? SpecificationMediaKey { get; set; }

    /// <summary>The last day quotations are awaited (Vietnam time); after it an open thread expires.</summary>
    public DateOnly Deadline { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The cooperative's first answer (message, quotation, decline or spam report), for its response rate.</summary>
    public DateTime? FirstAnsweredAtUtc { get; set; }

    /// <summary>Up to when each side has read the thread, for unread counts.</summary>
    public DateTime? BuyerReadAtUtc { get; set; }

    public DateTime? CooperativeReadAtUtc { get; set; }

    public int? AcceptedQuotationId { get; set; }

    /// <summary>The deal of an accepted quotation: volume and value in whole VND, for the outcome figures.</summary>
    public decimal? DealQuantity { get; set; }

    public SalesUnit? DealUnit { get; set; }

    public long? DealValueVnd { get; set; }

    /// <summary>
    /// Raised by every change: both parties acting at once cannot both move the state from what they saw
    /// (optimistic concurrency; the loser reloads and tries again against the new state).
    /// </summary>
    public int Version { get; set; }

    public List<InquiryProduct> Products { get; set; } = [];

    public List<InquiryEvent> Events { get; set; } = [];

    public List<Quotation> Quotations { get; set; } = [];
}

/// <summary>A product of the cooperative the inquiry is about.</summary>
public sealed class InquiryProduct
{
    public int InquiryId { get; set; }

    public int ProductId { get; set; }
}

/// <summary>Something someone did to a thread, with who and when: the thread's history and its messages.</summary>
public sealed class InquiryEvent
{
    public long Id { get; set; }

    public int InquiryId { get; set; }

    public InquiryAction Action { get; set; }

    public InquiryParty Party { get; set; }

    public string? ByUserId { get; set; }

    public DateTime AtUtc { get; set; }

    public InquiryState FromState { get; set; }

    public InquiryState ToState { get; set; }

    /// <summary>A message's text or a decline's reason (sanitised Markdown).</summary>
    public string? Text { get; set; }

    public int? QuotationId { get; set; }
}

/// <summary>Delivery terms of a quotation: an Incoterm 2020 for export, or delivered to a province at home.</summary>
public enum DeliveryTerms
{
    DeliveredToProvince = 1,
    Exw = 2,
    Fca = 3,
    Fob = 4,
    Cfr = 5,
    Cif = 6,
    Dap = 7,
    Ddp = 8,
}

/// <summary>
/// A cooperative's offer in a thread. A revised one supersedes it (<see cref="SupersededAtUtc"/>) and it stays
/// readable; past <see cref="ValidUntil"/> (Vietnam time) it can no longer be accepted.
/// </summary>
public sealed class Quotation
{
    public int Id { get; set; }

    public int InquiryId { get; set; }

    /// <summary>1 for the first quotation of the thread, then 2, 3...</summary>
    public int Revision { get; set; }

    public DeliveryTerms DeliveryTerms { get; set; } = DeliveryTerms.DeliveredToProvince;

    /// <summary>The named place of the Incoterm ("FOB Cát Lái") or the province delivered to.</summary>
    public string? DeliveryPlace { get; set; }

    /// <summary>Days from order or deposit to delivery.</summary>
    public int LeadTimeDays { get; set; }

    public string? PaymentTerms { get; set; }

    public DateOnly ValidUntil { get; set; }

    public string? ByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SupersededAtUtc { get; set; }

    public List<QuotationLine> Lines { get; set; } = [];
}

/// <summary>One product of a quotation; a cooperative may quote only some products or less than was asked.</summary>
public sealed class QuotationLine
{
    public int Id { get; set; }

    public int QuotationId { get; set; }

    public int ProductId { get; set; }

    /// <summary>Whole VND per <see cref="Unit"/>.</summary>
    public long UnitPriceVnd { get; set; }

    public decimal Quantity { get; set; }

    public SalesUnit Unit { get; set; } = SalesUnit.Kg;

    public decimal? MinimumOrder { get; set; }

    public string? Packaging { get; set; }

    /// <summary>Whole VND for a sample, if the cooperative charges one.</summary>
    public long? SamplePriceVnd { get; set; }

    public List<QuotationPriceTier> Tiers { get; set; } = [];
}

/// <summary>A lower unit price from a quantity on: "from 10 tấn, 28,000 ₫/kg".</summary>
public sealed class QuotationPriceTier
{
    public int Id { get; set; }

    public int QuotationLineId { get; set; }

    public decimal FromQuantity { get; set; }

    public long UnitPriceVnd { get; set; }
}
