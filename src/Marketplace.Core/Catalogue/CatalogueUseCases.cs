using Marketplace.Catalogue.AddProductPhoto;
using Marketplace.Catalogue.ChangeProductStatus;
using Marketplace.Catalogue.CreateProduct;
using Marketplace.Catalogue.DeleteProduct;
using Marketplace.Catalogue.ListOwnProducts;
using Marketplace.Catalogue.LoadOwnProduct;
using Marketplace.Catalogue.MakeCoverPhoto;
using Marketplace.Catalogue.RemoveProductPhoto;
using Marketplace.Catalogue.UpdateProduct;
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
        return services;
    }
}
