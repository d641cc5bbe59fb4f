using System.Text.Json;
using Marketplace.Catalogue.Browse;

namespace Marketplace.Web.Areas.Catalogue;

/// <summary>schema.org JSON-LD for product and cooperative pages, so search engines and chat previews read the facts right.</summary>
public static class StructuredData
{
    // This encoder still escapes <, >, & and quotes, so the JSON cannot close the script element it sits in,
    // but writes Vietnamese letters as themselves.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>Leaves out what is unknown: schema.org readers treat a null as a value.</summary>
    private static Dictionary<string, object?> Known(Dictionary<string, object?> values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value is Dictionary<string, object?> nested ? Known(nested) : v.Value);

    public static string Product(ProductDetails product, string url, string? imageUrl, string cooperativeUrl) =>
        JsonSerializer.Serialize(
            Known(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Product",
                ["name"] = product.Card.Name,
                ["description"] = product.DescriptionPlain,
                ["url"] = url,
                ["image"] = imageUrl,
                ["category"] = product.CategoryName,
                ["countryOfOrigin"] = "VN",
                ["manufacturer"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = product.Card.CooperativeName, ["url"] = cooperativeUrl },
                ["offers"] = product.Card.PriceMinVnd is null && product.Card.PriceMaxVnd is null ? null : new Dictionary<string, object?>
                {
                    ["@type"] = "AggregateOffer",
                    ["priceCurrency"] = "VND",
                    ["lowPrice"] = product.Card.PriceMinVnd ?? product.Card.PriceMaxVnd,
                    ["highPrice"] = product.Card.PriceMaxVnd ?? product.Card.PriceMinVnd,
                },
            }),
            Json);

    public static string Organization(CooperativeDetails cooperative, string url) =>
        JsonSerializer.Serialize(
            Known(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Organization",
                ["name"] = cooperative.Name,
                ["alternateName"] = cooperative.NameEn,
                ["description"] = cooperative.DescriptionPlain,
                ["url"] = url,
                ["telephone"] = cooperative.Phone,
                ["email"] = cooperative.ContactEmail,
                ["foundingDate"] = cooperative.YearFounded?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["address"] = new Dictionary<string, object?> { ["@type"] = "PostalAddress", ["streetAddress"] = cooperative.Address, ["addressRegion"] = cooperative.ProvinceName, ["addressCountry"] = "VN" },
            }),
            Json);
}
