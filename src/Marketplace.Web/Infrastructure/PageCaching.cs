using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Public pages that every visitor reads alike (home, catalogue, product and cooperative pages) are kept whole in
/// memory for a few seconds and served from there to anonymous visitors. Any saved change drops them all at once
/// (<see cref="PublicPagesEvictor"/>), so a visitor sees an edit immediately on this node, and within
/// <see cref="PageCacheOptions.Seconds"/> on another node (ADR 0015).
/// </summary>
internal static class PageCaching
{
    /// <summary>The output cache policy a public page names in <c>[OutputCache(PolicyName = PageCaching.PublicPage)]</c>.</summary>
    public const string PublicPage = "public-page";

    public const string Tag = "public-pages";

    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<PageCacheOptions>(PageCacheOptions.Section);
        builder.Services.AddOutputCache(cache =>
        {
            // Bounded whatever the query strings a crawler or an attacker invents: old entries are evicted first.
            cache.SizeLimit = 64L * 1024 * 1024;
            cache.MaximumBodySize = 1024 * 1024;

            // A slug that differs only in case redirects to the canonical address; it must not hit the canonical page.
            cache.UseCaseSensitivePaths = true;

            // The default policy comes first: GET or HEAD, anonymous, 200, no Set-Cookie; it varies by host, path
            // base (the /en prefix) and path, and by every query key.
            cache.AddPolicy(PublicPage, policy => policy.AddPolicy<PublicPagePolicy>());
        });
        builder.Services.AddSingleton<ISavedChangesObserver, PublicPagesEvictor>();
        return builder;
    }

    /// <summary>After authentication, so that a signed-in member is never served or stored.</summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}

/// <summary>How long the configured lifetime keeps a page, and no page that asks not to be stored.</summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var seconds = context.HttpContext.RequestServices.GetRequiredService<IOptions<PageCacheOptions>>().Value.Seconds;
        if (seconds == 0)
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(seconds);
        context.Tags.Add(PageCaching.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // A page that generated an antiforgery token (or anything else private) says no-store: it is never shared.
        // The same rule decides what may be compressed (ADR 0017).
        if (!PublicAnswersOnly.IsPublic(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Drops every cached public page after any saved change. Working out which page shows which row would be a
/// central list every module must edit; a write is rare next to the reads, and the next reader rebuilds the page.
/// </summary>
internal sealed class PublicPagesEvictor(IOutputCacheStore store) : ISavedChangesObserver
{
    public ValueTask SavedAsync(IReadOnlySet<Type> changed, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PageCaching.Tag, CancellationToken.None);
}

internal sealed class PageCacheOptions
{
    public const string Section = "Marketplace:PageCache";

    [Range(0, 300, ErrorMessage = "Set Marketplace:PageCache:Seconds to a whole number from 0 (off) to 300.")]
    public int Seconds { get; set; } = 5;
}
