using System.Globalization;
using Marketplace.Localization;
using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// The culture lives in the URL: /en/... is English, everything else Vietnamese. The /en segment becomes part of
/// PathBase, so every link the site generates stays in the reader's language without each one naming it.
/// </summary>
internal sealed class CulturePrefixMiddleware(RequestDelegate next)
{
    private static readonly PathString EnglishPrefix = "/" + Cultures.EnglishCode;
    private static readonly PathString VietnamesePrefix = "/" + Cultures.VietnameseCode;

    public Task InvokeAsync(HttpContext context)
    {
        // An error page re-executed after /en/... keeps the culture the request came with.
        if (context.Features.Get<LocalisedUrls>() is { } known)
        {
            Apply(context, Cultures.FromCode(known.CultureCode));
            return next(context);
        }

        var request = context.Request;
        var siteBase = request.PathBase;

        // /vi/... is the Vietnamese page under its canonical, prefix-free address.
        if (request.Path.StartsWithSegments(VietnamesePrefix, StringComparison.OrdinalIgnoreCase, out var vietnameseRest))
        {
            context.Response.Redirect(siteBase.Add(OnThisSite(vietnameseRest)) + request.QueryString.ToUriComponent(), permanent: true);
            return Task.CompletedTask;
        }

        var culture = Cultures.Vietnamese;
        if (request.Path.StartsWithSegments(EnglishPrefix, StringComparison.OrdinalIgnoreCase, out var englishRest))
        {
            culture = Cultures.English;
            request.PathBase = siteBase.Add(EnglishPrefix);
            request.Path = englishRest.HasValue ? englishRest : new PathString("/");
        }

        var page = request.Path + request.QueryString.ToUriComponent();
        context.Features.Set(new LocalisedUrls(Cultures.CodeOf(culture), siteBase + page, siteBase + EnglishPrefix + page) { SiteBase = siteBase });
        Apply(context, culture);
        return next(context);
    }

    /// <summary>
    /// The rest of the path as a path of this site. "/vi//evil.example/x" must not become "//evil.example/x", which a
    /// browser reads as another site's address; nor may "/vi/\\evil.example" (browsers treat \\ as /).
    /// </summary>
    private static PathString OnThisSite(PathString rest) =>
        new("/" + (rest.Value ?? string.Empty).TrimStart('/', '\\'));

    private static void Apply(HttpContext context, CultureInfo culture)
    {
        context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
