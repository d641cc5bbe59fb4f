using System.Text.Json;
using Marketplace.Catalogue.Browse;

namespace Marketplace.Web.Catalogue;

/// <summary>schema.org JSON-LD for product and cooperative pages, so search engines and chat previews read the facts right.</summary>
public static class StructuredData
{
    // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Product(ProductDetails product, string url, string? imageUrl, string cooperativeUrl) =>
        JsonSerializer.Serialize(
            new Dictionary<string, object?>
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
            },
            Json);

    public static string Organization(CooperativeDetails cooperative, string url) =>
        JsonSerializer.Serialize(
            new Dictionary<string, object?>
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
            },
            Json);
}
