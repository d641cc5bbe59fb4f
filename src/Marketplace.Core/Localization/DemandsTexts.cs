namespace Marketplace.Localization;

/// <summary>Marker for the Demands module's texts in Resources/Localization/DemandsTexts.{vi,en}.resx. Buyers' demands: posting, managing and the public pages.</summary>
public sealed class DemandsTexts;
