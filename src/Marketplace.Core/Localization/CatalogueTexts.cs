namespace Marketplace.Localization;

/// <summary>Marker for the Catalogue module's texts in Resources/Localization/CatalogueTexts.{vi,en}.resx. Cooperatives, products, their management and moderation, certificates, photos, lots and traceability.</summary>
public sealed class CatalogueTexts;
