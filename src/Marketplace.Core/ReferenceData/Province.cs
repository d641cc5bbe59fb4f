namespace Marketplace.ReferenceData;

/// <summary>One of the 34 provincial units in force since 1 July 2025.</summary>
public sealed class Province
{
    /// <summary>A stable slug such as <c>lam-dong</c>.</summary>
    public required string Code { get; set; }

    public required string NameVi { get; set; }

    public required string NameEn { get; set; }

    /// <summary>True for the centrally governed cities (thành phố trực thuộc trung ương).</summary>
    public bool IsCity { get; set; }

    public int SortOrder { get; set; }

    public string Name(bool english) => english ? NameEn : NameVi;
}

/// <summary>One of the 63 provinces before the 2025 merger and the current province that took it in, so old place names still find their products.</summary>
public sealed class FormerProvince
{
    public required string NameVi { get; set; }

    public required string ProvinceCode { get; set; }
}
