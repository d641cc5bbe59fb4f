namespace Marketplace.Localization;

/// <summary>Marker for the Matching module's texts in Resources/Localization/MatchingTexts.{vi,en}.resx. Matches between supply and demand, their reasons and the digest e-mails.</summary>
public sealed class MatchingTexts;
