namespace Marketplace.Localization;

/// <summary>Marker for the Search module's texts in Resources/Localization/SearchTexts.{vi,en}.resx. The search page: hits, facets, sorting and the engine being unavailable.</summary>
public sealed class SearchTexts;
