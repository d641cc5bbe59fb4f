using Marketplace.Demands.CloseDemand;
using Marketplace.Demands.EditDemand;
using Marketplace.Demands.ListOwnDemands;
using Marketplace.Demands.LoadOwnDemand;
using Marketplace.Demands.PostDemand;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Demands;

/// <summary>The demands module's use cases, one handler each, for the host to register in one call.</summary>
public static class DemandsUseCases
{
    public static IServiceCollection AddDemandsUseCases(this IServiceCollection services)
    {
        services.AddScoped<DemandFormValidator>();
        services.AddScoped<ListOwnDemandsHandler>();
        services.AddScoped<LoadOwnDemandHandler>();
        services.AddScoped<PostDemandHandler>();
        services.AddScoped<EditDemandHandler>();
        services.AddScoped<CloseDemandHandler>();
        return services;
    }
}
