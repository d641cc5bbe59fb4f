using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;

namespace Marketplace.Search.SearchCatalogue;

/// <summary>
/// The words of several syllables the marketplace knows, folded: category names ("thanh long", "cà phê", "nước mắm"),
/// province names old and new ("Bình Thuận", "Đắk Lắk"), both languages ("dragon fruit"), and the synonyms. Found in
/// a query, each must match as a whole (<see cref="SearchQuery.Compounds"/>).
/// </summary>
public sealed class CompoundWords
{
    private static readonly char[] ListSeparators = [',', ';', '/', '(', ')', '&'];
    private static readonly string[] Conjunctions = [" va ", " and "];

    private readonly Dictionary<string, List<string[]>> byFirstWord;

    public CompoundWords(IEnumerable<string> names)
    {
        byFirstWord = names
            .SelectMany(Parts)
            .Select(Words)
            .Where(words => words.Length is > 1 and <= 4)
            .DistinctBy(words => string.Join(' ', words))
            .GroupBy(words => words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToList(), StringComparer.Ordinal);
    }

    public static CompoundWords Empty { get; } = new([]);

    public int Count => byFirstWord.Values.Sum(v => v.Count);

    public static async Task<CompoundWords> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken) =>
        From(await ReferenceTables.LoadAsync(db, cancellationToken));

    /// <summary>The names of categories and provinces (current and former) in both languages, and the synonyms' phrases.</summary>
    public static CompoundWords From(ReferenceTables tables) => new(
        tables.Categories.Values.SelectMany(c => new[] { c.NameVi, c.NameEn })
            .Concat(tables.Provinces.Values.SelectMany(p => new[] { p.NameVi, p.NameEn }))
            .Concat(tables.FormerProvinces.Select(p => p.NameVi))
            .Concat(Synonyms.Phrases));

    /// <summary>The compounds standing in any of the texts, as folded phrases.</summary>
    public IReadOnlyList<string> In(IEnumerable<string?> texts)
    {
        var found = new List<string>();
        foreach (var words in texts.Select(Words))
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!byFirstWord.TryGetValue(words[i], out var candidates))
                {
                    continue;
                }

                var at = i;
                if (candidates.FirstOrDefault(c => at + c.Length <= words.Length && words.AsSpan(at, c.Length).SequenceEqual(c)) is { } compound)
                {
                    found.Add(string.Join(' ', compound));
                    i += compound.Length - 1;
                }
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"Gạo, ngũ cốc và các loại hạt" names three things, not one five-word compound (folded).</summary>
    internal static IEnumerable<string> Parts(string name)
    {
        var folded = " " + VietnameseFolding.Fold(name) + " ";
        foreach (var conjunction in Conjunctions)
        {
            folded = folded.Replace(conjunction, ",", StringComparison.Ordinal);
        }

        return folded.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The folded words of a name or query, split where the search engines split them.</summary>
    internal static string[] Words(string? text) =>
        VietnameseFolding.Fold(text).Split((char[])[' ', '-', '.', '\'', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The compounds, worked out once per snapshot of the cached reference tables (again after they change).</summary>
public sealed class CompoundWordsCache(ReferenceTablesCache tables)
{
    private Built? built;

    // Two first requests at once may both build it; they build the same thing from the same snapshot.
    public async Task<CompoundWords> GetAsync(CancellationToken cancellationToken)
    {
        var source = await tables.GetAsync(cancellationToken);
        if (built is { } ready && ReferenceEquals(ready.Source, source))
        {
            return ready.Compounds;
        }

        var compounds = CompoundWords.From(source);
        built = new Built(source, compounds);
        return compounds;
    }

    private sealed record Built(ReferenceTables Source, CompoundWords Compounds);
}
