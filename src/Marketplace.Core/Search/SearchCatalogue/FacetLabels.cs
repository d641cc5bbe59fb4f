using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Search.SearchCatalogue;

/// <summary>Names facet values in the reader's language (codes in the index, words on the page).</summary>
internal sealed class FacetLabels
{
    private readonly Dictionary<string, Category> categories;
    private readonly Dictionary<string, string> provinces;
    private readonly Dictionary<string, string> certificates;
    private readonly IStringLocalizer text;
    private readonly bool english;

    private FacetLabels(Dictionary<string, Category> categories, Dictionary<string, string> provinces, Dictionary<string, string> certificates, IStringLocalizer text, bool english)
    {
        this.categories = categories;
        this.provinces = provinces;
        this.certificates = certificates;
        this.text = text;
        this.english = english;
    }

    public static async Task<FacetLabels> LoadAsync(MarketplaceDbContext db, IStringLocalizer text, bool english, CancellationToken cancellationToken) =>
        new(
            await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken),
            await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name(english), StringComparer.Ordinal, cancellationToken),
            await db.CertificateTypes.AsNoTracking().ToDictionaryAsync(c => c.Code, c => english ? c.NameEn : c.NameVi, StringComparer.Ordinal, cancellationToken),
            text,
            english);

    public string Province(string code) => provinces.GetValueOrDefault(code, code);

    public string Certificate(string code) => certificates.GetValueOrDefault(code, code);

    public string Ocop(string stars) => text["Product.Ocop", stars];

    public string Kind(string kind) => text["CooperativeKind." + kind];

    public IReadOnlyList<FacetOption> Options(IReadOnlyList<FacetCount> counts, Func<string, string> label, string? selected) =>
        counts.Select(c => new FacetOption(c.Value, label(c.Value), c.Count, c.Value == selected)).ToList();

    /// <summary>
    /// Top-level groups until one is picked, then the picked category's children (with the picked one first, so it
    /// can be removed); a document counts under its category and every ancestor.
    /// </summary>
    public IReadOnlyList<FacetOption> Categories(IReadOnlyList<FacetCount> counts, string? selected)
    {
        var parent = selected is not null && categories.TryGetValue(selected, out var picked) ? picked.Code : null;
        var shown = counts.Where(c => categories.TryGetValue(c.Value, out var category)
            && (category.ParentCode == parent || category.Code == parent));
        return shown
            .Select(c => new FacetOption(c.Value, categories[c.Value].Name(english), c.Count, c.Value == selected))
            .OrderByDescending(o => o.Selected).ThenByDescending(o => o.Count).ThenBy(o => o.Label, StringComparer.Create(Cultures.FromCode(english ? Cultures.EnglishCode : Cultures.VietnameseCode), false))
            .ToList();
    }
}
