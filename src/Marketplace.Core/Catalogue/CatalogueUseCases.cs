using Marketplace.Catalogue.AddCertificate;
using Marketplace.Catalogue.AddLot;
using Marketplace.Catalogue.AddProductPhoto;
using Marketplace.Catalogue.AttachCertificateDocument;
using Marketplace.Catalogue.ChangeLogo;
using Marketplace.Catalogue.ChangeProductStatus;
using Marketplace.Catalogue.CreateProduct;
using Marketplace.Catalogue.DeleteLot;
using Marketplace.Catalogue.DeleteProduct;
using Marketplace.Catalogue.GetOwnProductName;
using Marketplace.Catalogue.HideProduct;
using Marketplace.Catalogue.ListCertificates;
using Marketplace.Catalogue.ListCooperativesForReview;
using Marketplace.Catalogue.ListLots;
using Marketplace.Catalogue.ListOwnProducts;
using Marketplace.Catalogue.ListProductsForReview;
using Marketplace.Catalogue.LoadLot;
using Marketplace.Catalogue.LoadOwnProduct;
using Marketplace.Catalogue.LoadProfile;
using Marketplace.Catalogue.MakeCoverPhoto;
using Marketplace.Catalogue.PrintLabels;
using Marketplace.Catalogue.RemoveCertificate;
using Marketplace.Catalogue.RemoveProductPhoto;
using Marketplace.Catalogue.ShowProduct;
using Marketplace.Catalogue.Trace;
using Marketplace.Catalogue.UpdateLot;
using Marketplace.Catalogue.UpdateProduct;
using Marketplace.Catalogue.UpdateProfile;
using Marketplace.Catalogue.VerifyCooperative;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Catalogue;

/// <summary>The catalogue's use cases, one handler each, for the host to register in one call.</summary>
public static class CatalogueUseCases
{
    public static IServiceCollection AddCatalogueUseCases(this IServiceCollection services)
    {
        // A cooperative's own products.
        services.AddScoped<ProductFormValidator>();
        services.AddScoped<ListOwnProductsHandler>();
        services.AddScoped<LoadOwnProductHandler>();
        services.AddScoped<CreateProductHandler>();
        services.AddScoped<UpdateProductHandler>();
        services.AddScoped<ChangeProductStatusHandler>();
        services.AddScoped<DeleteProductHandler>();
        services.AddScoped<AddProductPhotoHandler>();
        services.AddScoped<RemoveProductPhotoHandler>();
        services.AddScoped<MakeCoverPhotoHandler>();

        // Its profile and certificates.
        services.AddScoped<LoadProfileHandler>();
        services.AddScoped<UpdateProfileHandler>();
        services.AddScoped<ChangeLogoHandler>();
        services.AddScoped<ListCertificatesHandler>();
        services.AddScoped<AddCertificateHandler>();
        services.AddScoped<AttachCertificateDocumentHandler>();
        services.AddScoped<RemoveCertificateHandler>();

        // Lots and their labels (traceability).
        services.AddScoped<LotFormValidator>();
        services.AddScoped<ListLotsHandler>();
        services.AddScoped<GetOwnProductNameHandler>();
        services.AddScoped<LoadLotHandler>();
        services.AddScoped<AddLotHandler>();
        services.AddScoped<UpdateLotHandler>();
        services.AddScoped<DeleteLotHandler>();
        services.AddScoped<PrintLabelsHandler>();

        // Moderation by organisers and administrators.
        services.AddScoped<ListCooperativesForReviewHandler>();
        services.AddScoped<ListProductsForReviewHandler>();
        services.AddScoped<VerifyCooperativeHandler>();
        services.AddScoped<HideProductHandler>();
        services.AddScoped<ShowProductHandler>();
        return services;
    }
}
