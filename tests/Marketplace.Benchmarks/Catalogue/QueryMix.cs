using System.Globalization;
using Marketplace.Search.SearchCatalogue;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// What buyers type: Vietnamese with and without marks, English, former province names, a typo, and searches narrowed
/// by the facets and sorts the search page offers. The same requests go to the engine, to the FTS5 baseline and over
/// HTTP (<see cref="QueryString"/> is what the search page and <c>/api/v1/products</c> read).
/// </summary>
internal static class QueryMix
{
    public static IReadOnlyList<CatalogueSearchRequest> Searches { get; } =
    [
        Text("ca phe"),
        Text("cà phê robusta"),
        Text("thanh long ruot do"),
        Text("gao st25"),
        Text("Gạo ST25"),
        Text("dragon fruit"),
        Text("black pepper"),
        Text("coffee"),
        Text("Bình Thuận"),
        Text("durain"),
        Text("sầu riêng"),
        Text("mat ong"),
        Text("nước mắm phú quốc"),
        Text("tieu den"),
        Text("hat dieu"),
        Text("cashew"),
        Text("xoai cat hoa loc"),
        Text("vải thiều Lục Ngạn"),
        Text("chè shan tuyết"),
        Text("green tea"),
        Text("bưởi da xanh"),
        Text("yến sào"),
        Text("tôm sú"),
        Text("organic"),
        Text("hữu cơ"),
        Text("gom bat trang"),
        Text("non la"),
        Text("dak lak"),
        Text("Hà Giang"),
        Text("honey"),
        Text("cam cao phong"),
        Text("fish sauce"),
        Text("ca tra"),
        Text("banh trang"),
        new() { Text = "ca phe", Certificate = "rainforest-alliance" },
        new() { Text = "thanh long", Certificate = "vietgap", Province = "lam-dong" },
        new() { Text = "gạo", Ocop = 4 },
        new() { Text = "mật ong", Sort = ProductSort.PriceLow },
        new() { Text = "tieu", Certificate = "vietgap", VerifiedOnly = true },
        new() { Text = "dragon fruit", Sort = ProductSort.PriceHigh },
        new() { Text = "sầu riêng", Province = "dong-thap", Certificate = "globalgap" },
        new() { Category = "fruit", Certificate = "vietgap" },
        new() { Text = "cinnamon", Ocop = 3, Sort = ProductSort.PriceLow },
    ];

    /// <summary>Half-typed words as the search box sends them, marks or not.</summary>
    public static IReadOnlyList<string> Suggestions { get; } =
    [
        "th", "thanh lo", "ca ph", "cà ph", "gao s", "gạo st", "mat o", "mật on", "nuoc mam p", "xoai c",
        "sau ri", "tieu d", "che sh", "hat di", "yen s", "banh tr", "non l", "dua x", "bưởi d", "cam ca",
    ];

    /// <summary>A short name for reports: the words, then the facets and sort.</summary>
    public static string Label(CatalogueSearchRequest request)
    {
        var parts = new List<string> { request.Text is { Length: > 0 } text ? $"\"{text}\"" : "(no words)" };
        if (request.Category is not null)
        {
            parts.Add($"category={request.Category}");
        }

        if (request.Province is not null)
        {
            parts.Add($"province={request.Province}");
        }

        if (request.Certificate is not null)
        {
            parts.Add($"cert={request.Certificate}");
        }

        if (request.Ocop is not null)
        {
            parts.Add($"ocop={request.Ocop}");
        }

        if (request.VerifiedOnly)
        {
            parts.Add("verified");
        }

        if (request.Sort != ProductSort.Relevance)
        {
            parts.Add($"sort={request.Sort.ToString().ToLowerInvariant()}");
        }

        return string.Join(' ', parts);
    }

    /// <summary>The request as the query string both the search page and the products API read.</summary>
    public static string QueryString(CatalogueSearchRequest request)
    {
        var parameters = new List<(string Name, string? Value)>
        {
            ("q", request.Text),
            ("category", request.Category),
            ("province", request.Province),
            ("cert", request.Certificate),
            ("ocop", request.Ocop?.ToString(CultureInfo.InvariantCulture)),
            ("verified", request.VerifiedOnly ? "true" : null),
            ("sort", request.Sort == ProductSort.Relevance ? null : request.Sort.ToString().ToLowerInvariant()),
        };
        return string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
    }

    private static CatalogueSearchRequest Text(string text) => new() { Text = text };
}
