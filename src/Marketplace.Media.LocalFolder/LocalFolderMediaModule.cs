using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Media.LocalFolder;

public static class LocalFolderMediaModule
{
    /// <summary>The media port on the data folder (&lt;DataPath&gt;/media); needs DataPaths registered.</summary>
    public static IServiceCollection AddLocalFolderMedia(this IServiceCollection services) =>
        services.AddSingleton<IMediaStore, LocalFolderMediaStore>();
}
