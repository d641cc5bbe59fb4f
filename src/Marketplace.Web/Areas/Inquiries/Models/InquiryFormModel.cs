using System.ComponentModel.DataAnnotations;
using Marketplace.Catalogue;
using Marketplace.Inquiries;

namespace Marketplace.Web.Areas.Inquiries.Models;

/// <summary>The inquiry form as posted. Only binding happens here; every rule is <see cref="InquiryFormValidator"/>'s, shared with the API.</summary>
public sealed class InquiryFormModel
{
    [Display(Name = "Inquiries.Field.Products")]
    public List<int> ProductIds { get; set; } = [];

    [Display(Name = "Inquiries.Field.Quantity")]
    public decimal? Quantity { get; set; }

    [Display(Name = "Inquiries.Field.Unit")]
    public SalesUnit? Unit { get; set; }

    [Display(Name = "Inquiries.Field.DeliveryProvince")]
    public string? DeliveryProvinceCode { get; set; }

    [Display(Name = "Inquiries.Field.DeliveryFrom")]
    public DateOnly? DeliveryFrom { get; set; }

    [Display(Name = "Inquiries.Field.DeliveryTo")]
    public DateOnly? DeliveryTo { get; set; }

    [Display(Name = "Inquiries.Field.TargetPrice")]
    public long? TargetPriceVnd { get; set; }

    [Display(Name = "Inquiries.Field.RequiredCertificates")]
    public List<string> RequiredCertificates { get; set; } = [];

    [Display(Name = "Inquiries.Field.Message")]
    public string? Message { get; set; }

    [Display(Name = "Inquiries.Field.Deadline")]
    public DateOnly? Deadline { get; set; }

    /// <summary>Where the buyer came from, so the same choice of products is shown again after a refusal.</summary>
    public int? FromProduct { get; set; }

    public int? FromCooperative { get; set; }

    [Display(Name = "Inquiries.Field.Demand")]
    public int? DemandId { get; set; }

    [Display(Name = "Inquiries.Field.WantedQuotes")]
    public int? WantedQuotes { get; set; }

    public InquiryForm ToForm() => new(
        ProductIds, Quantity, Unit, DeliveryProvinceCode, DeliveryFrom, DeliveryTo, TargetPriceVnd, RequiredCertificates, Message, Deadline, DemandId, WantedQuotes);
}

/// <summary>The quotation form: the offer's terms, then one line per product of the thread.</summary>
public sealed class QuoteFormModel
{
    [Display(Name = "Inquiries.Quote.Terms")]
    public DeliveryTerms? DeliveryTerms { get; set; }

    [Display(Name = "Inquiries.Quote.Place")]
    public string? DeliveryPlace { get; set; }

    [Display(Name = "Inquiries.Quote.LeadTime")]
    public int? LeadTimeDays { get; set; }

    [Display(Name = "Inquiries.Quote.PaymentTerms")]
    public string? PaymentTerms { get; set; }

    [Display(Name = "Inquiries.Quote.ValidUntil")]
    public DateOnly? ValidUntil { get; set; }

    public List<QuoteLineModel> Lines { get; set; } = [];

    public Marketplace.Inquiries.QuoteInquiry.QuoteForm ToForm() => new(
        DeliveryTerms, DeliveryPlace, LeadTimeDays, PaymentTerms, ValidUntil,
        [.. Lines.Take(InquiryForm.MaxProducts).Select(l => new Marketplace.Inquiries.QuoteInquiry.QuoteLineForm(
            l.ProductId, l.Include, l.UnitPriceVnd, l.Quantity, l.Unit, l.MinimumOrder, l.Packaging, l.SamplePriceVnd,
            [.. l.Tiers.Take(Marketplace.Inquiries.QuoteInquiry.QuoteForm.MaxTiers + 1).Select(t => new Marketplace.Inquiries.QuoteInquiry.QuoteTierForm(t.FromQuantity, t.UnitPriceVnd))]))]);
}

public sealed class QuoteLineModel
{
    public int ProductId { get; set; }

    [Display(Name = "Inquiries.Quote.Include")]
    public bool Include { get; set; }

    [Display(Name = "Inquiries.Quote.UnitPrice")]
    public long? UnitPriceVnd { get; set; }

    [Display(Name = "Inquiries.Quote.Quantity")]
    public decimal? Quantity { get; set; }

    [Display(Name = "Inquiries.Quote.Unit")]
    public SalesUnit? Unit { get; set; }

    [Display(Name = "Inquiries.Quote.MinimumOrder")]
    public decimal? MinimumOrder { get; set; }

    [Display(Name = "Inquiries.Quote.Packaging")]
    public string? Packaging { get; set; }

    [Display(Name = "Inquiries.Quote.SamplePrice")]
    public long? SamplePriceVnd { get; set; }

    public List<QuoteTierModel> Tiers { get; set; } = [];
}

public sealed class QuoteTierModel
{
    [Display(Name = "Inquiries.Quote.TierFrom")]
    public decimal? FromQuantity { get; set; }

    [Display(Name = "Inquiries.Quote.TierPrice")]
    public long? UnitPriceVnd { get; set; }
}
