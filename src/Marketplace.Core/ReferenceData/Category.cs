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

    /// <summary>The category and its ancestors, nearest first (a product of "thanh long" is also one of "trái cây").</summary>
    public static IEnumerable<Category> Path(string code, IReadOnlyDictionary<string, Category> categories)
    {
        // The taxonomy is a tree; the depth bound only keeps a mistaken cycle in the data from looping for ever.
        var current = categories.GetValueOrDefault(code);
        for (var depth = 0; current is not null && depth < 10; depth++)
        {
            yield return current;
            current = current.ParentCode is null ? null : categories.GetValueOrDefault(current.ParentCode);
        }
    }
}
