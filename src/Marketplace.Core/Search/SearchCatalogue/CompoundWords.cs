using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    public static async Task<CompoundWords> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var category in await db.Categories.AsNoTracking().Select(c => new { c.NameVi, c.NameEn }).ToListAsync(cancellationToken))
        {
            names.AddRange([category.NameVi, category.NameEn]);
        }

        foreach (var province in await db.Provinces.AsNoTracking().Select(p => new { p.NameVi, p.NameEn }).ToListAsync(cancellationToken))
        {
            names.AddRange([province.NameVi, province.NameEn]);
        }

        names.AddRange(await db.FormerProvinces.AsNoTracking().Select(p => p.NameVi).ToListAsync(cancellationToken));
        names.AddRange(Synonyms.Phrases);
        return new CompoundWords(names);
    }

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

    /// <summary>"Gạo, ngũ cốc và các loại hạt" names three things, not one five-word compound.</summary>
    private static IEnumerable<string> Parts(string name)
    {
        var folded = " " + VietnameseFolding.Fold(name) + " ";
        foreach (var conjunction in Conjunctions)
        {
            folded = folded.Replace(conjunction, ",", StringComparison.Ordinal);
        }

        return folded.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string[] Words(string? text) =>
        VietnameseFolding.Fold(text).Split((char[])[' ', '-', '.', '\'', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Loads the compounds once per process: they come from reference data, which changes with a new seed only.</summary>
public sealed class CompoundWordsCache(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private CompoundWords? loaded;

    public async Task<CompoundWords> GetAsync(CancellationToken cancellationToken)
    {
        if (loaded is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (loaded is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                loaded = await CompoundWords.LoadAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), cancellationToken);
            }

            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }
}
