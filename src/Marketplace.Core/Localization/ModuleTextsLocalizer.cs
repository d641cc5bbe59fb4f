using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Marketplace.Localization;

/// <summary>
/// The site's texts as one localizer over each module's own: a key is answered by the one module resource that holds
/// it, with that resource's culture fallback (vi-VN → vi, en-GB → en) and format arguments. A key no module holds is
/// <see cref="LocalizedString.ResourceNotFound"/> and shows its name, as a single resource file did.
/// </summary>
internal sealed class ModuleTextsLocalizer : IStringLocalizer
{
    private readonly IReadOnlyList<IStringLocalizer> _modules;

    // Which module holds each key, read once from both languages: a lookup asks one resource, not every module in turn.
    private readonly FrozenDictionary<string, IStringLocalizer> _owners;
    private readonly string _searchedLocation;

    public ModuleTextsLocalizer(IEnumerable<(Type Marker, IStringLocalizer Localizer)> modules)
    {
        var owners = new Dictionary<string, (Type Marker, IStringLocalizer Localizer)>(StringComparer.Ordinal);
        var localizers = new List<IStringLocalizer>();
        var markers = new List<string>();
        foreach (var module in modules)
        {
            localizers.Add(module.Localizer);
            markers.Add(module.Marker.Name);
            foreach (var name in Cultures.All.SelectMany(culture => NamesIn(module.Marker, module.Localizer, culture)))
            {
                if (owners.TryGetValue(name, out var owner) && owner.Marker != module.Marker)
                {
                    throw new InvalidOperationException(
                        $"The text \"{name}\" is in both {owner.Marker.Name} and {module.Marker.Name}: keep it in one module's resources.");
                }

                owners[name] = module;
            }
        }

        _modules = localizers;
        _owners = owners.ToFrozenDictionary(o => o.Key, o => o.Value.Localizer, StringComparer.Ordinal);
        _searchedLocation = "the texts of " + string.Join(", ", markers);
    }

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return _owners.TryGetValue(name, out var owner)
                ? owner[name]
                : new LocalizedString(name, name, resourceNotFound: true, _searchedLocation);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return _owners.TryGetValue(name, out var owner)
                ? owner[name, arguments]
                : new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true, _searchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _modules.SelectMany(module => module.GetAllStrings(includeParentCultures));

    private static List<string> NamesIn(Type marker, IStringLocalizer localizer, CultureInfo culture)
    {
        using var speaking = Cultures.SpeakTemporarily(culture);
        try
        {
            return localizer.GetAllStrings(includeParentCultures: true).Select(s => s.Name).ToList();
        }
        catch (MissingManifestResourceException e)
        {
            throw new InvalidOperationException(
                $"{marker.Name} has no {culture.Name} texts: add {marker.Name}.{Cultures.CodeOf(culture)}.resx beside its other resources.", e);
        }
    }
}
