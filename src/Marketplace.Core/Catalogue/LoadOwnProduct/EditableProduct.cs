namespace Marketplace.Catalogue.LoadOwnProduct;

/// <summary>A product as its cooperative edits it, with the moderation note if an organiser hid it.</summary>
public sealed record EditableProduct(int Id, ProductForm Form, ProductStatus Status, string? HiddenReason, IReadOnlyList<ProductPhoto> Photos, string TraceCode);
