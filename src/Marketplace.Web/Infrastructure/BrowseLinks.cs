namespace Marketplace.Web.Infrastructure;

/// <summary>Links between the pages of a list narrowed by category and province (the catalogue, the demands).</summary>
public static class BrowseLinks
{
    public static string PageUrl(string? category, string? province, int page) =>
        $"?{string.Join('&', new[] { category is null ? null : $"category={Uri.EscapeDataString(category)}", province is null ? null : $"province={Uri.EscapeDataString(province)}", $"page={page}" }.Where(p => p is not null))}";
}
