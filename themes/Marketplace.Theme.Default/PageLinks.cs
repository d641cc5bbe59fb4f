using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Theme.Default;

/// <summary>Addresses the layout needs: this page in each language (absolute, for hreflang) and theme assets.</summary>
public static class PageLinks
{
    private const string AssetRoot = "/_content/Marketplace.Theme.Default/";

    public static LocalisedUrls Urls(HttpContext context) =>
        context.Features.Get<LocalisedUrls>() ?? new LocalisedUrls(Cultures.VietnameseCode, "/", "/en/");

    /// <summary>A path of this site (its base included) made absolute with Marketplace:PublicUrl, never with the request's Host.</summary>
    public static string Absolute(HttpContext context, string url) =>
        context.RequestServices.GetRequiredService<IOptions<MarketplaceOptions>>().Value.PublicOrigin + url;

    /// <summary>Assets are addressed from the site root, not under /en, so both languages share one cached copy.</summary>
    public static string Asset(HttpContext context, string path) => Urls(context).SiteBase + AssetRoot + path;
}
