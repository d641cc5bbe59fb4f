using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue.Indexing;
using Marketplace.Catalogue.Trace;
using Marketplace.Content;
using Marketplace.Media;
using Marketplace.Media.Vips;
using Marketplace.Web.Catalogue;
using Marketplace.Web.Catalogue.Trace;

namespace Marketplace.Web.Modules;

/// <summary>Cooperative profiles and products: public pages, media, the reader the API shares.</summary>
internal static class CatalogueModule
{
    public static WebApplicationBuilder AddCatalogue(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<IMediaStore, LocalFolderMediaStore>();
        builder.Services.AddVipsImages();
        builder.Services.AddScoped<ImageUploads>();
        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddCatalogueSearch();
        builder.Services.AddScoped<CatalogueFormat>();
        builder.Services.AddScoped<CurrentMember>();
        builder.Services.AddScoped<Marketplace.Catalogue.ManageProducts.ProductEditor>();
        builder.Services.AddScoped<Marketplace.Catalogue.ManageProfile.ProfileEditor>();
        builder.Services.AddScoped<Marketplace.Catalogue.Moderation.Moderator>();

        // Traceability: lots, public trace pages (/t/{code}) and their QR codes.
        builder.Services.AddScoped<LotEditor>();
        builder.Services.AddScoped<TraceReader>();
        builder.Services.AddSingleton<TraceQrCodes>();
        return builder;
    }
}
