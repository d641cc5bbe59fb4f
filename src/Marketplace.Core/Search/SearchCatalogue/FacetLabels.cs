using Marketplace.Localization;
using Marketplace.ReferenceData;
using Microsoft.Extensions.Localization;

namespace Marketplace.Search.SearchCatalogue;

/// <summary>Names facet values in the reader's language (codes in the index, words on the page).</summary>
internal sealed class FacetLabels
{
    private readonly ReferenceTables tables;
    private readonly IStringLocalizer text;
    private readonly bool english;

    public FacetLabels(ReferenceTables tables, IStringLocalizer text, bool english)
    {
        this.tables = tables;
        this.text = text;
        this.english = english;
    }

    public string Province(string code) => tables.Provinces.TryGetValue(code, out var province) ? province.Name(english) : code;

    public string Certificate(string code) => tables.CertificateTypes.TryGetValue(code, out var type) ? type.Name(english) : code;

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
        var parent = selected is not null && tables.Categories.TryGetValue(selected, out var picked) ? picked.Code : null;
        var shown = counts.Where(c => tables.Categories.TryGetValue(c.Value, out var category)
            && (category.ParentCode == parent || category.Code == parent));
        return shown
            .Select(c => new FacetOption(c.Value, tables.Categories[c.Value].Name(english), c.Count, c.Value == selected))
            .OrderByDescending(o => o.Selected).ThenByDescending(o => o.Count).ThenBy(o => o.Label, StringComparer.Create(Cultures.FromCode(english ? Cultures.EnglishCode : Cultures.VietnameseCode), false))
            .ToList();
    }
}
