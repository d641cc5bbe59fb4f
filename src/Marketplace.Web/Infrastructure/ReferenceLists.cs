using Marketplace.ReferenceData;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marketplace.Web.Infrastructure;

/// <summary>The drop-down lists that forms and filters build from the cached reference tables, in the reader's language.</summary>
public static class ReferenceLists
{
    public static List<SelectListItem> Sectors(ReferenceTables tables, bool english, string? selected = null) =>
        tables.TopCategories.Select(c => new SelectListItem(c.Name(english), c.Code, c.Code == selected)).ToList();

    /// <summary>The categories a product or demand is filed under (those with a parent), each named "Sector › Category".</summary>
    public static List<SelectListItem> Categories(ReferenceTables tables, bool english, string? selected = null) =>
        tables.CategoriesInOrder.Where(c => c.ParentCode is not null)
            .Select(c => new SelectListItem($"{tables.Categories[c.ParentCode!].Name(english)} › {c.Name(english)}", c.Code, c.Code == selected))
            .ToList();

    public static List<SelectListItem> Provinces(ReferenceTables tables, bool english, string? selected = null) =>
        tables.ProvincesInOrder.Select(p => new SelectListItem(p.Name(english), p.Code, p.Code == selected)).ToList();
}
