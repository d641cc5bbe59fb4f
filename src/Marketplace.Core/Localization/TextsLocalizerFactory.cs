using Microsoft.Extensions.Localization;

namespace Marketplace.Localization;

/// <summary>
/// The usual resource localizers, except that <see cref="Text"/> is the union of the registered modules' texts. Every
/// <c>IStringLocalizer&lt;Text&gt;</c> and every <c>factory.Create(typeof(Text))</c> (data annotations, model-binding
/// messages) goes through here, so call sites do not know which module holds a key.
/// </summary>
internal sealed class TextsLocalizerFactory : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _resources;
    private readonly ModuleTextsLocalizer _texts;

    public TextsLocalizerFactory(ResourceManagerStringLocalizerFactory resources, IEnumerable<ModuleTexts> modules)
    {
        _resources = resources;
        _texts = new ModuleTextsLocalizer(
            modules.Select(m => m.Marker).Distinct().Select(marker => (marker, resources.Create(marker))));
    }

    public IStringLocalizer Create(Type resourceSource) =>
        resourceSource == typeof(Text) ? _texts : _resources.Create(resourceSource);

    public IStringLocalizer Create(string baseName, string location) => _resources.Create(baseName, location);
}
