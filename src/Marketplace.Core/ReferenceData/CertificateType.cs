namespace Marketplace.ReferenceData;

/// <summary>A kind of certificate a cooperative or product can hold: VietGAP, organic, HACCP, OCOP stars...</summary>
public sealed class CertificateType
{
    public required string Code { get; set; }

    public required string NameVi { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The standard behind it, for example TCVN 11892 for VietGAP.</summary>
    public string? Standard { get; set; }

    public int SortOrder { get; set; }

    public string Name(bool english) => english ? NameEn : NameVi;
}
