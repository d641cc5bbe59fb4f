namespace Marketplace.Localization;

/// <summary>Marker for the Site module's texts in Resources/Localization/SiteTexts.{vi,en}.resx. The layout, home page, error pages, shared validation messages and units of measure.</summary>
public sealed class SiteTexts;
