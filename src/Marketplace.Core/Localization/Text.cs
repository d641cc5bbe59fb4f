namespace Marketplace.Localization;

/// <summary>Marker for the shared Vietnamese and English texts in Resources/Localization/Text.*.resx.</summary>
public sealed class Text;
