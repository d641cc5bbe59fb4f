using Marketplace.Accounts.SignUp;
using Marketplace.Catalogue;

namespace Marketplace.Inquiries;

/// <summary>
/// What a buyer asks one or more cooperatives, from the page or the API: the products (of one cooperative, or of up to
/// <see cref="QuotationRequest.MaxCooperatives"/> for a request for quotation), how much, where and when. Everything may
/// be missing or wrong here: <see cref="InquiryFormValidator"/> says what, field by field.
/// </summary>
public sealed record InquiryForm(
    IReadOnlyList<int> ProductIds,
    decimal? Quantity,
    SalesUnit? Unit,
    string? DeliveryProvinceCode,
    DateOnly? DeliveryFrom,
    DateOnly? DeliveryTo,
    long? TargetPriceVnd,
    IReadOnlyList<string> RequiredCertificates,
    string? Message,
    DateOnly? Deadline,
    int? DemandId = null,
    int? WantedQuotes = null)
{
    public const int MaxMessageLength = InquiryConfiguration.MaxTextLength;
    public const int MaxProducts = 30;
    public const decimal MaxQuantity = 1_000_000_000m;
    public const long MaxPriceVnd = 1_000_000_000_000;

    /// <summary>Quotations are awaited at most this long; a buyer who needs longer asks again.</summary>
    public const int MaxDeadlineDays = 90;
}

/// <summary>The outcome of sending: the threads opened (one per cooperative) and the request grouping them, or why not.</summary>
public sealed record InquirySent(IReadOnlyList<int> InquiryIds, int? RequestId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public bool IsNotABuyer => ReferenceEquals(this, NotABuyer);

    public static InquirySent NotABuyer { get; } = new([], null, [new(string.Empty, "Inquiries.OnlyBuyers")]);

    public static InquirySent Refused(string field, string key) => new([], null, [new(field, key)]);
}
