using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue.Indexing;
using Marketplace.Catalogue.Trace;
using Marketplace.Content;
using Marketplace.Media.LocalFolder;
using Marketplace.Media.Vips;
using Marketplace.Media;
using Marketplace.Web.Areas.Catalogue.Api;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Areas.Catalogue;

/// <summary>Cooperative profiles and products: public pages, media, the reader the API shares.</summary>
internal sealed class CatalogueModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddTexts<Marketplace.Localization.CatalogueTexts>();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddLocalFolderMedia();
        builder.Services.AddVipsImages();
        builder.Services.AddScoped<ImageUploads>();
        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddCatalogueUseCases();
        builder.Services.AddCatalogueSearch();

        // Traceability: lots, public trace pages (/t/{code}) and their QR codes.
        builder.Services.AddScoped<TraceReader>();
        builder.Services.AddSingleton<TraceQrCodes>();
    }

    public void Map(WebApplication app) => app.MapApiV1().MapCatalogueApi();
}
