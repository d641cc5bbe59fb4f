using System.Globalization;
using Marketplace.Catalogue;

namespace Marketplace.Search.Indexing;

/// <summary>The fields of a product's search document, shared by indexing, catalogue search and matching.</summary>
public static class ProductFields
{
    // Text
    public const string Name = "name";
    public const string Description = "description";
    public const string CategoryText = "category";
    public const string CategoryGroupText = "category_group";
    public const string Place = "place";
    public const string Cooperative = "cooperative";

    /// <summary>The Vietnamese and English names alone, for suggestions in the reader's language.</summary>
    public const string NameVi = "name_vi";
    public const string NameEn = "name_en";

    // Keywords
    public const string Category = "category";
    public const string Province = "province";
    public const string Certificate = "certificate";
    public const string Ocop = "ocop";
    public const string Kind = "kind";
    public const string Verified = "verified";
    public const string Organisation = "organisation";
    public const string HarvestMonth = "harvest";
    public const string Yes = "yes";

    // Numbers
    public const string Price = "price";
    public const string Published = "published";
    public const string OcopStars = "stars";

    // Stored
    public const string TitleVi = "title_vi";
    public const string TitleEn = "title_en";

    /// <summary>Last day (as <see cref="DayNumber"/>) a certificate of this type covers the product.</summary>
    public static string CertificateValidUntil(string typeCode) => "cert." + typeCode;

    /// <summary>Capacity per month in the base unit of <paramref name="unit"/> (kg for weights).</summary>
    public static string CapacityPerMonth(SalesUnit unit) => "capacity." + Quantities.BaseUnit(unit).ToString().ToLowerInvariant();

    public static long DayNumber(DateOnly day) => day.DayNumber;

    public static string Month(int month) => month.ToString(CultureInfo.InvariantCulture);
}
