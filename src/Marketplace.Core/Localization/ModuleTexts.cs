namespace Marketplace.Localization;

/// <summary>One module's texts, registered with <c>AddTexts&lt;TTexts&gt;()</c>: the marker type names its resources.</summary>
internal sealed record ModuleTexts(Type Marker);
