using Marketplace.Demands.Browse;
using Marketplace.Demands.Indexing;
using Marketplace.Demands.PostDemand;
using Marketplace.Web.Demands;

namespace Marketplace.Web.Modules;

/// <summary>Buyers' demands: posting and managing them, the public pages, the reader the API shares.</summary>
internal static class DemandsModule
{
    public static WebApplicationBuilder AddDemands(this WebApplicationBuilder builder)
    {
        builder.Services.AddDemandsSearch();
        builder.Services.AddScoped<DemandEditor>();
        builder.Services.AddScoped<DemandReader>();
        builder.Services.AddScoped<DemandFormat>();
        return builder;
    }
}
