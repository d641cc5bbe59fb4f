using Marketplace.Catalogue.Browse;
using Marketplace.Content;
using Marketplace.Media;
using Marketplace.Media.Vips;
using Marketplace.Web.Catalogue;

namespace Marketplace.Web.Modules;

/// <summary>Cooperative profiles and products: public pages, media, the reader the API shares.</summary>
internal static class CatalogueModule
{
    public static WebApplicationBuilder AddCatalogue(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<IMediaStore, LocalFolderMediaStore>();
        builder.Services.AddVipsImages();
        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddScoped<CatalogueFormat>();
        builder.Services.AddScoped<CurrentMember>();
        builder.Services.AddScoped<Marketplace.Catalogue.ManageProducts.ProductEditor>();
        return builder;
    }
}
