using Marketplace.Localization;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Theme.Default;

/// <summary>Addresses the layout needs: this page in each language (absolute, for hreflang) and theme assets.</summary>
public static class PageLinks
{
    private const string AssetRoot = "/_content/Marketplace.Theme.Default/";

    public static LocalisedUrls Urls(HttpContext context) =>
        context.Features.Get<LocalisedUrls>() ?? new LocalisedUrls(Cultures.VietnameseCode, "/", "/en/");

    public static string Absolute(HttpContext context, string url) =>
        $"{context.Request.Scheme}://{context.Request.Host}{url}";

    /// <summary>Assets are addressed from the site root, not under /en, so both languages share one cached copy.</summary>
    public static string Asset(HttpContext context, string path) => Urls(context).SiteBase + AssetRoot + path;
}
