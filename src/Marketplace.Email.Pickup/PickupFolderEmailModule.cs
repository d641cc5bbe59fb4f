using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marketplace.Email.Pickup;

public static class PickupFolderEmailModule
{
    /// <summary>
    /// The e-mail transport as .eml files under Marketplace:Email:PickupFolder, keyed <c>PickupFolder</c> and also the
    /// unkeyed transport unless another is; needs EmailOptions and DataPaths registered.
    /// </summary>
    public static IServiceCollection AddPickupFolderEmail(this IServiceCollection services)
    {
        services.AddKeyedSingleton<IEmailTransport, PickupFolderTransport>(EmailOptions.PickupFolderTransport);
        services.TryAddSingleton(provider => provider.GetRequiredKeyedService<IEmailTransport>(EmailOptions.PickupFolderTransport));
        return services;
    }
}
