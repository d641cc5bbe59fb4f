using Marketplace.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

// Beside AddLocalization, so that a module's registration file needs no extra using to add its texts.
namespace Microsoft.Extensions.DependencyInjection;

public static class TextsServiceCollectionExtensions
{
    /// <summary>
    /// Adds a module's texts to the site's <c>IStringLocalizer&lt;Text&gt;</c>: the resources named after
    /// <typeparamref name="TTexts"/> (Resources/Localization/CatalogueTexts.vi.resx and .en.resx for
    /// <see cref="CatalogueTexts"/>), by the usual rule of <see cref="ResourceManagerStringLocalizerFactory"/>.
    /// A key belongs to one module only.
    /// </summary>
    public static IServiceCollection AddTexts<TTexts>(this IServiceCollection services)
        where TTexts : class
    {
        services.AddLocalization();
        services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, TextsLocalizerFactory>());
        services.AddSingleton(new ModuleTexts(typeof(TTexts)));
        return services;
    }
}
