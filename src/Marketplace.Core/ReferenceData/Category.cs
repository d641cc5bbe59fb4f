namespace Marketplace.ReferenceData;

/// <summary>A node of the bilingual product taxonomy (agricultural, food and craft products).</summary>
public sealed class Category
{
    public required string Code { get; set; }

    public string? ParentCode { get; set; }

    public required string NameVi { get; set; }

    public required string NameEn { get; set; }

    public int SortOrder { get; set; }

    public string Name(bool english) => english ? NameEn : NameVi;
}
