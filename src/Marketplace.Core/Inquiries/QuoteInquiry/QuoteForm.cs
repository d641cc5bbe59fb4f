using Marketplace.Catalogue;

namespace Marketplace.Inquiries.QuoteInquiry;

/// <summary>A cooperative's quotation as filled in: terms for the whole offer, and a line per product it quotes.</summary>
public sealed record QuoteForm(
    DeliveryTerms? DeliveryTerms,
    string? DeliveryPlace,
    int? LeadTimeDays,
    string? PaymentTerms,
    DateOnly? ValidUntil,
    IReadOnlyList<QuoteLineForm> Lines)
{
    public const int MaxLeadTimeDays = 365;
    public const int MaxValidDays = 180;
    public const int MaxTiers = 5;
    public const int MaxPlaceLength = 200;
    public const int MaxPaymentTermsLength = 500;
    public const int MaxPackagingLength = 300;
}

/// <summary>One product's price; a line the cooperative leaves out (<see cref="Include"/> false) is not quoted.</summary>
public sealed record QuoteLineForm(
    int ProductId,
    bool Include,
    long? UnitPriceVnd,
    decimal? Quantity,
    SalesUnit? Unit,
    decimal? MinimumOrder,
    string? Packaging,
    long? SamplePriceVnd,
    IReadOnlyList<QuoteTierForm> Tiers);

/// <summary>A lower price from a quantity on; a tier with both parts empty is ignored.</summary>
public sealed record QuoteTierForm(decimal? FromQuantity, long? UnitPriceVnd);
