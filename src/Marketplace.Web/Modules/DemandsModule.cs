using Marketplace.Demands;
using Marketplace.Demands.Browse;
using Marketplace.Web.Demands;

namespace Marketplace.Web.Modules;

/// <summary>Buyers' demands: posting and managing them, the public pages, the reader the API shares.</summary>
internal static class DemandsModule
{
    public static WebApplicationBuilder AddDemands(this WebApplicationBuilder builder)
    {
        builder.Services.AddDemandsUseCases();
        builder.Services.AddScoped<DemandReader>();
        builder.Services.AddScoped<DemandFormat>();
        return builder;
    }
}
