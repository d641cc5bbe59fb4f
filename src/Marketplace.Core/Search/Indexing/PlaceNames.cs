using Marketplace.Data;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Search.Indexing;

/// <summary>
/// Reference data a document needs, read once per indexing pass: every name a province is searched by (Vietnamese,
/// English and the former provinces merged into it in 2025, so "Bình Thuận" still finds Lâm Đồng), and category names
/// with their parents in both languages (so "dragon fruit" finds "thanh long" even without an English product name).
/// </summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<string, string> provinceText;
    private readonly Dictionary<string, Category> categories;

    private PlaceNames(Dictionary<string, string> provinceText, Dictionary<string, Category> categories)
    {
        this.provinceText = provinceText;
        this.categories = categories;
    }

    public static async Task<PlaceNames> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var former = (await db.FormerProvinces.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(f => f.ProvinceCode, f => f.NameVi);
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        return new PlaceNames(
            provinces.ToDictionary(p => p.Code, p => string.Join(' ', [p.NameVi, p.NameEn, .. former[p.Code]]), StringComparer.Ordinal),
            categories);
    }

    public string Province(string code) => provinceText.GetValueOrDefault(code, string.Empty);

    /// <summary>The category and its ancestors, nearest first.</summary>
    public IEnumerable<Category> CategoryPath(string code) => Category.Path(code, categories);

    public string CategoryText(string code) => Names(CategoryPath(code));

    /// <summary>The category's own names only (its group's names are weaker evidence: "coffee, tea and cocoa").</summary>
    public string OwnCategoryText(string code) => Names(CategoryPath(code).Take(1));

    public string GroupCategoryText(string code) => Names(CategoryPath(code).Skip(1));

    private static string Names(IEnumerable<Category> path) => string.Join(' ', path.SelectMany(c => new[] { c.NameVi, c.NameEn }));
}
