using Marketplace.Catalogue;

namespace Marketplace.Demands;

public enum DemandFrequency
{
    Once = 1,
    Weekly = 2,
    Monthly = 3,
    PerSeason = 4,
}

public enum DemandStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>
/// A buy request a buyer posts: what, how much, how often, where and when to deliver, which certificates and how many
/// OCOP stars at least. It is open until the buyer closes it or its valid-until day passes (Vietnam time).
/// </summary>
public sealed class Demand
{
    public int Id { get; set; }

    /// <summary>The buyer company that posted it.</summary>
    public int OrganisationId { get; set; }

    public string? CreatedByUserId { get; set; }

    /// <summary>The product wanted, in the buyer's words ("Thanh long ruột đỏ loại 1").</summary>
    public required string Title { get; set; }

    public required string CategoryCode { get; set; }

    public string? Description { get; set; }

    public decimal Quantity { get; set; }

    public SalesUnit Unit { get; set; } = SalesUnit.Kg;

    public DemandFrequency Frequency { get; set; } = DemandFrequency.Once;

    public required string DeliveryProvinceCode { get; set; }

    public DateOnly DeliveryFrom { get; set; }

    public DateOnly DeliveryTo { get; set; }

    /// <summary>Certificate type codes every supplier must hold, valid through the delivery window; comma-separated.</summary>
    public string? RequiredCertificates { get; set; }

    public int? MinimumOcopStars { get; set; }

    /// <summary>Whole VND per unit, if the buyer states one.</summary>
    public long? TargetPriceVnd { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>False: cooperatives see only the buyer's kind and province, not the company name.</summary>
    public bool ShowCompanyName { get; set; } = true;

    public DemandStatus Status { get; set; } = DemandStatus.Open;

    public DateTime? ClosedAtUtc { get; set; }

    public string? SeedKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<string> RequiredCertificateCodes =>
        string.IsNullOrWhiteSpace(RequiredCertificates)
            ? []
            : RequiredCertificates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsOpenOn(DateOnly day) => Status == DemandStatus.Open && ValidUntil >= day;
}
