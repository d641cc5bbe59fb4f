using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Email.Pickup;

public static class PickupFolderEmailModule
{
    /// <summary>The e-mail port as .eml files under Marketplace:Email:PickupFolder; needs EmailOptions and DataPaths registered.</summary>
    public static IServiceCollection AddPickupFolderEmail(this IServiceCollection services) =>
        services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
}
