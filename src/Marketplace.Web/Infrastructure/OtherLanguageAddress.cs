using Marketplace.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// A page whose address has words in the reader's language (a product's or a cooperative's slug) names its own
/// address in each language, so that the language switch, hreflang and canonical links answer 200 rather than a 301
/// to the other language's slug. Other pages keep the same path in both languages (CulturePrefixMiddleware).
/// </summary>
internal static class OtherLanguageAddress
{
    public static void Use(HttpContext context, string vietnamesePath, string englishPath)
    {
        if (context.Features.Get<LocalisedUrls>() is not { } urls)
        {
            return;
        }

        var query = context.Request.QueryString.ToUriComponent();
        context.Features.Set(urls with
        {
            VietnameseUrl = urls.SiteBase + vietnamesePath + query,
            EnglishUrl = urls.SiteBase + "/" + Cultures.EnglishCode + englishPath + query,
        });
    }
}
