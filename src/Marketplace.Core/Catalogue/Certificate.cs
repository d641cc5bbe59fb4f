namespace Marketplace.Catalogue;

/// <summary>A certificate a cooperative holds (VietGAP, organic, HACCP...). Expired ones are shown as expired and never count as held.</summary>
public sealed class Certificate
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public required string TypeCode { get; set; }

    public required string Number { get; set; }

    public string? Issuer { get; set; }

    public string? Scope { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>Media key of the scanned certificate (re-encoded image), if uploaded.</summary>
    public string? DocumentMediaKey { get; set; }

    public string? SeedKey { get; set; }

    public bool IsValidOn(DateOnly day) => ValidUntil >= day;
}
