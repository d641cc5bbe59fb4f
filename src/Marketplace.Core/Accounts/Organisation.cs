namespace Marketplace.Accounts;

public enum OrganisationType
{
    Cooperative = 1,
    Buyer = 2,
    Organiser = 3,
}

/// <summary>HTX (hợp tác xã), LHHTX (liên hiệp HTX), THT (tổ hợp tác).</summary>
public enum CooperativeKind
{
    Htx = 1,
    Lhhtx = 2,
    Tht = 3,
}

public enum BuyerKind
{
    SupermarketChain = 1,
    Exporter = 2,
    Processor = 3,
    Distributor = 4,
    HotelOrCanteen = 5,
    Other = 9,
}

/// <summary>A cooperative, a buyer company or an organiser. People belong to one organisation.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public OrganisationType Type { get; set; }

    public CooperativeKind? CooperativeKind { get; set; }

    public BuyerKind? BuyerKind { get; set; }

    public required string Name { get; set; }

    /// <summary>Business or cooperative registration number; unique when present.</summary>
    public string? RegistrationNumber { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>Markdown as written by the organisation; rendered sanitised.</summary>
    public string? Description { get; set; }

    /// <summary>English name, for buyers abroad; the Vietnamese name is <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }

    /// <summary>English description (Markdown); optional.</summary>
    public string? DescriptionEn { get; set; }

    public string? Address { get; set; }

    public int? YearFounded { get; set; }

    public int? MemberCount { get; set; }

    /// <summary>Category codes the organisation works in, comma-separated.</summary>
    public string? Sectors { get; set; }

    public string? Phone { get; set; }

    /// <summary>The phone number the organisation uses on Zalo, the messenger most managers answer first.</summary>
    public string? Zalo { get; set; }

    public string? ContactEmail { get; set; }

    public string? Website { get; set; }

    /// <summary>Media key of the logo's renditions.</summary>
    public string? LogoMediaKey { get; set; }

    /// <summary>When an organiser or administrator verified the cooperative; null when unverified.</summary>
    public DateTime? VerifiedAtUtc { get; set; }

    public string? VerifiedByUserId { get; set; }

    public bool IsVerified => VerifiedAtUtc is not null;

    /// <summary>Set when an administrator hid the whole organisation; its products are then not public.</summary>
    public DateTime? HiddenAtUtc { get; set; }

    public string? HiddenReason { get; set; }

    /// <summary>
    /// When a member first confirmed an e-mail address (or the seed loaded the organisation). Until then nothing of it
    /// is public and its registration number is only held for a while (<see cref="UnconfirmedClaims"/>).
    /// </summary>
    public DateTime? ConfirmedAtUtc { get; set; }

    /// <summary>Set for organisations loaded from content-seed/, so the loader can find them again.</summary>
    public string? SeedKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
