using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Media.Vips;

public static class VipsModule
{
    /// <summary>The image port on libvips; one instance, which bounds how many uploads are decoded at once.</summary>
    public static IServiceCollection AddVipsImages(this IServiceCollection services)
    {
        // At start-up, before request threads allocate: see VipsSettings.LimitMallocArenas.
        VipsSettings.EnsureApplied();
        return services.AddSingleton<IImageProcessor, VipsImageProcessor>();
    }
}
