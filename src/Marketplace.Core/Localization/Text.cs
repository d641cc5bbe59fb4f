namespace Marketplace.Localization;

/// <summary>
/// Marker for the site's Vietnamese and English texts: <c>IStringLocalizer&lt;Text&gt;</c> finds a key in whichever module
/// registered it with <see cref="Microsoft.Extensions.DependencyInjection.TextsServiceCollectionExtensions.AddTexts{TTexts}"/>
/// (see <see cref="ModuleTextsLocalizer"/>). There is no Text.resx: each module owns its resources.
/// </summary>
public sealed class Text;
