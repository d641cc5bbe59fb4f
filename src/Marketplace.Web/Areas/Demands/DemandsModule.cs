using Marketplace.Demands;
using Marketplace.Demands.Browse;
using Marketplace.Demands.Indexing;
using Marketplace.Demands.PostDemand;
using Marketplace.Web.Areas.Demands.Api;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Areas.Demands;

/// <summary>Buyers' demands: posting and managing them, the public pages, the reader the API shares.</summary>
internal sealed class DemandsModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddTexts<Marketplace.Localization.DemandsTexts>();
        builder.Services.AddDemandsUseCases();
        builder.Services.AddDemandsSearch();
        builder.Services.AddScoped<DemandReader>();
        builder.Services.AddScoped<DemandFormat>();
    }

    public void Map(WebApplication app) => app.MapApiV1().MapDemandsApi();
}
