using System.Xml.Linq;
using Marketplace.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Marketplace.Core.Tests.Localization;

public sealed class ModuleTextsTests
{
    private static string ResourcesFolder =>
        Path.Combine(RepositoryFolders.Root, "src", "Marketplace.Core", "Resources", "Localization");

    /// <summary>Each module's resource file (CatalogueTexts, SiteTexts...) and its keys, read from the .vi.resx.</summary>
    private static Dictionary<string, Dictionary<string, string>> Modules(string code) =>
        Directory.EnumerateFiles(ResourcesFolder, "*.vi.resx")
            .Select(path => Path.GetFileName(path)[..^".vi.resx".Length])
            .ToDictionary(module => module, module => Read(Path.Combine(ResourcesFolder, $"{module}.{code}.resx")));

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    private static IStringLocalizer<Text> TextsOf(params Action<IServiceCollection>[] registrations)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        foreach (var register in registrations)
        {
            register(services);
        }

        return services.BuildServiceProvider().GetRequiredService<IStringLocalizer<Text>>();
    }

    private static T In<T>(System.Globalization.CultureInfo culture, Func<T> read)
    {
        using var speaking = Cultures.SpeakTemporarily(culture);
        return read();
    }

    [Fact]
    public void Every_module_has_its_texts_in_Vietnamese_and_English_with_the_same_keys()
    {
        var vietnamese = Modules(Cultures.VietnameseCode);
        var english = Modules(Cultures.EnglishCode);

        Assert.True(vietnamese.Count >= 6, "expected one resource pair per module");
        foreach (var (module, keys) in vietnamese)
        {
            Assert.Equal(keys.Keys.Order(StringComparer.Ordinal), english[module].Keys.Order(StringComparer.Ordinal));
            Assert.All(keys.Concat(english[module]), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{module}: {text.Key} is empty"));
        }
    }

    [Fact]
    public void Every_module_resource_has_a_marker_to_register_it_by()
    {
        foreach (var module in Modules(Cultures.VietnameseCode).Keys)
        {
            Assert.NotNull(typeof(Text).Assembly.GetType($"{typeof(Text).Namespace}.{module}"));
        }
    }

    [Fact]
    public void No_key_is_in_two_modules()
    {
        var owners = Modules(Cultures.VietnameseCode)
            .SelectMany(module => module.Value.Keys.Select(key => (key, module: module.Key)))
            .GroupBy(o => o.key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(o => o.module))}");

        Assert.Empty(owners);
    }

    [Fact]
    public void A_registered_module_key_resolves_through_Text_in_both_cultures()
    {
        var texts = TextsOf(s => s.AddTexts<SiteTexts>(), s => s.AddTexts<CatalogueTexts>());
        var vietnamese = Read(Path.Combine(ResourcesFolder, "CatalogueTexts.vi.resx"));
        var english = Read(Path.Combine(ResourcesFolder, "CatalogueTexts.en.resx"));

        Assert.Equal(vietnamese["Catalogue.Title"], In(Cultures.Vietnamese, () => texts["Catalogue.Title"].Value));
        Assert.Equal(english["Catalogue.Title"], In(Cultures.English, () => texts["Catalogue.Title"].Value));
        Assert.False(In(Cultures.English, () => texts["Catalogue.Title"]).ResourceNotFound);

        // Format arguments, and a second module's key through the same localizer.
        Assert.Equal(string.Format(Cultures.Vietnamese, vietnamese["Label.Lot"], "L-01", "01/07/2026"),
            In(Cultures.Vietnamese, () => texts["Label.Lot", "L-01", "01/07/2026"].Value));
        Assert.Equal(Read(Path.Combine(ResourcesFolder, "SiteTexts.en.resx"))["Site.Name"], In(Cultures.English, () => texts["Site.Name"].Value));
    }

    [Fact]
    public void Data_annotations_and_binding_messages_get_the_same_texts_from_the_factory()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddTexts<SiteTexts>();
        var factory = services.BuildServiceProvider().GetRequiredService<IStringLocalizerFactory>();

        var text = factory.Create(typeof(Text));

        Assert.Equal(Read(Path.Combine(ResourcesFolder, "SiteTexts.vi.resx"))["Validation.Required"],
            In(Cultures.Vietnamese, () => text["Validation.Required"].Value));
    }

    [Fact]
    public void A_missing_key_reports_ResourceNotFound_and_shows_its_name()
    {
        var texts = TextsOf(s => s.AddTexts<SiteTexts>());

        var missing = In(Cultures.Vietnamese, () => texts["No.Such.Text"]);
        Assert.True(texts["No.Such.Text"].ResourceNotFound);
        Assert.Equal("No.Such.Text", missing.Value);
        Assert.Equal("Missing 7", texts["Missing {0}", 7].Value);

        // A module that did not register its texts is not looked into.
        Assert.True(texts["Catalogue.Title"].ResourceNotFound);
    }

    [Fact]
    public void All_strings_are_the_union_of_the_registered_modules()
    {
        var texts = TextsOf(s => s.AddTexts<SiteTexts>(), s => s.AddTexts<DemandsTexts>());
        var expected = Read(Path.Combine(ResourcesFolder, "SiteTexts.en.resx")).Keys
            .Concat(Read(Path.Combine(ResourcesFolder, "DemandsTexts.en.resx")).Keys);

        var all = In(Cultures.English, () => string.Join("\n", texts.GetAllStrings(includeParentCultures: true).Select(s => s.Name).Order(StringComparer.Ordinal)));

        Assert.Equal(string.Join("\n", expected.Order(StringComparer.Ordinal)), all);
    }

    [Fact]
    public void Two_modules_with_the_same_key_stop_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleTextsLocalizer(
        [
            (typeof(SiteTexts), new FixedTexts("Site.Name")),
            (typeof(CatalogueTexts), new FixedTexts("Catalogue.Title", "Site.Name")),
        ]));

        Assert.Contains("Site.Name", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CatalogueTexts), error.Message, StringComparison.Ordinal);
    }

    private sealed class FixedTexts(params string[] names) : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => names.Select(n => new LocalizedString(n, n));
    }
}
