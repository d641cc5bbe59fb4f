namespace Marketplace.Catalogue.AddProductPhoto;

/// <summary>A product already has <see cref="AddProductPhotoHandler.MaxPhotos"/> photos.</summary>
public sealed class TooManyPhotosException() : Exception($"A product has at most {AddProductPhotoHandler.MaxPhotos} photos.");
