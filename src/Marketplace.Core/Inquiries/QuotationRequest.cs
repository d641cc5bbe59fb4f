namespace Marketplace.Inquiries;

/// <summary>
/// One request for quotation a buyer sent to several cooperatives at once (each gets its own <see cref="Inquiry"/>
/// thread with <see cref="Inquiry.RequestId"/>): it closes at its deadline, when the buyer has the quotes it wanted,
/// or when the buyer closes it.
/// </summary>
public sealed class QuotationRequest
{
    public const int MaxCooperatives = 10;

    public int Id { get; set; }

    public int BuyerOrganisationId { get; set; }

    public int? DemandId { get; set; }

    public required string Title { get; set; }

    /// <summary>The last day quotations are awaited (Vietnam time).</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>How many quotations the buyer wants; when that many threads are quoted the request closes.</summary>
    public int WantedQuotes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }
}

/// <summary>A cooperative no longer takes inquiries from a buyer company (after spam, say): new ones are refused.</summary>
public sealed class BuyerBlock
{
    public int CooperativeOrganisationId { get; set; }

    public int BuyerOrganisationId { get; set; }

    public string? ByUserId { get; set; }

    public DateTime AtUtc { get; set; }
}

/// <summary>How a person wants to hear of their inquiry threads by e-mail; the site's inbox always shows them.</summary>
public enum InquiryEmails
{
    EachEvent = 1,
    DailyDigest = 2,
    Off = 3,
}

/// <summary>A person's choice of <see cref="InquiryEmails"/>; no row means each event.</summary>
public sealed class NotificationPreference
{
    public required string UserId { get; set; }

    public InquiryEmails InquiryEmails { get; set; } = InquiryEmails.EachEvent;

    /// <summary>When the last daily digest was sent, so a digest covers exactly what came since.</summary>
    public DateTime? LastDigestAtUtc { get; set; }
}
