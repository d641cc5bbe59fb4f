using Marketplace.Data;
using Marketplace.ReferenceData;
using Marketplace.Search.SearchCatalogue;

namespace Marketplace.Search.Indexing;

/// <summary>
/// Reference data a document needs, read once per indexing pass: every name a province is searched by (Vietnamese,
/// English and the former provinces merged into it in 2025, so "Bình Thuận" still finds Lâm Đồng), and category names
/// with their parents in both languages (so "dragon fruit" finds "thanh long" even without an English product name).
/// </summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<string, string> provinceText;
    private readonly IReadOnlyDictionary<string, Category> categories;
    private readonly ILookup<string?, Category> children;

    private PlaceNames(ReferenceTables tables)
    {
        var former = tables.FormerProvinces.ToLookup(f => f.ProvinceCode, f => f.NameVi);
        provinceText = tables.Provinces.Values.ToDictionary(p => p.Code, p => string.Join(' ', [p.NameVi, p.NameEn, .. former[p.Code]]), StringComparer.Ordinal);
        categories = tables.Categories;
        children = tables.Categories.Values.ToLookup(c => c.ParentCode);
    }

    public static async Task<PlaceNames> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken) =>
        new(await ReferenceTables.LoadAsync(db, cancellationToken));

    public string Province(string code) => provinceText.GetValueOrDefault(code, string.Empty);

    /// <summary>The category and its ancestors, nearest first.</summary>
    public IEnumerable<Category> CategoryPath(string code) => Category.Path(code, categories);

    public string CategoryText(string code) => Names(CategoryPath(code));

    /// <summary>The category's own names only (its group's names are weaker evidence: "coffee, tea and cocoa").</summary>
    public string OwnCategoryText(string code) => Names(CategoryPath(code).Take(1));

    /// <summary>
    /// The names of the category's ancestors. A group named as a list ("Cà phê, trà và ca cao") names several kinds: a
    /// part that also names some of the group's children ("trà" in "Trà xanh") counts only for the child it names, so
    /// "cà phê" does not find every tea; a part that names none of them ("ngũ cốc", "sản phẩm từ ong") counts for all.
    /// </summary>
    public string GroupCategoryText(string code)
    {
        var path = CategoryPath(code).ToList();
        var names = new List<string>();
        for (var level = 1; level < path.Count; level++)
        {
            var (group, child) = (path[level], path[level - 1]);
            var siblings = children[group.Code].ToList();
            names.AddRange(GroupParts(group.NameVi, child.NameVi, siblings.Select(c => c.NameVi)));
            names.AddRange(GroupParts(group.NameEn, child.NameEn, siblings.Select(c => c.NameEn)));
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<string> GroupParts(string groupName, string childName, IEnumerable<string> childrenNames)
    {
        var parts = CompoundWords.Parts(groupName).ToList();
        if (parts.Count < 2)
        {
            return [groupName];
        }

        var child = Padded(childName);
        var children = childrenNames.Select(Padded).ToList();
        return parts.Where(part => child.Contains($" {part} ", StringComparison.Ordinal) || !children.Any(c => c.Contains($" {part} ", StringComparison.Ordinal)));
    }

    private static string Padded(string name) => $" {string.Join(' ', CompoundWords.Words(name))} ";

    private static string Names(IEnumerable<Category> path) => string.Join(' ', path.SelectMany(c => new[] { c.NameVi, c.NameEn }));
}
