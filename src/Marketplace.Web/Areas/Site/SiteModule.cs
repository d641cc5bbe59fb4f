using Marketplace.Data;
using Marketplace.ReferenceData;
using Marketplace.Web.Areas.Site.Api;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Areas.Site;

/// <summary>What belongs to the whole site: home, error pages, sitemap, media, and the reference tables every module reads.</summary>
internal sealed class SiteModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReferenceTablesCache>();

        // An edited category or province is read again at the next request.
        builder.Services.AddSingleton<ISavedChangesObserver>(services => services.GetRequiredService<ReferenceTablesCache>());
    }

    public void Map(WebApplication app) => app.MapApiV1().WithTags("Reference data").MapReferenceData();
}
