using Marketplace.Matching;
using Marketplace.Web.Areas.Matching.Api;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Areas.Matching;

/// <summary>Supply–demand matching: the workers that notify of new matches and send the daily digest, the inbox, its API.</summary>
internal sealed class MatchingModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddMatching(runWorkers: true);
        builder.Services.AddTexts<Marketplace.Localization.MatchingTexts>();
    }

    public void Map(WebApplication app) => app.MapApiV1().MapMatchingApi();
}
