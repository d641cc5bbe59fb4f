using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// A data folder holding the demo catalogue and <see cref="BenchmarkOptions.Products"/> generated products, indexed.
/// Made as an operator would: the site started once over an empty folder (it migrates and seeds) and stopped; the
/// products generated into its database; the outbox those saves wrote deleted; the site's own
/// <c>reindex</c> command run to rebuild every index. With <c>--data</c> the folder is kept and reused next time.
/// </summary>
internal sealed partial class GeneratedCatalogue : IDisposable
{
    private const string MarkerFile = "benchmark-catalogue.json";
    private readonly TempFolder? temporary;

    private GeneratedCatalogue(string dataPath, TempFolder? temporary, Summary facts)
    {
        DataPath = dataPath;
        this.temporary = temporary;
        Facts = facts;
    }

    public string DataPath { get; }

    public Summary Facts { get; }

    public static DateOnly Today => Cultures.TodayInVietnam(TimeProvider.System);

    public static async Task<GeneratedCatalogue> PrepareAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Data is { } kept && ReadMarker(kept) is { } existing)
        {
            if (existing.Products == options.Products && existing.Seed == CatalogueGenerator.Seed)
            {
                Console.WriteLine($"data: reusing {kept} ({existing.Products:N0} generated products, made {existing.MadeAt:u})");
                return new GeneratedCatalogue(kept, null, existing with { Reused = true });
            }

            throw new BenchmarkException($"{kept} holds {existing.Products:N0} generated products, not {options.Products:N0}; give another --data folder or the same --products.");
        }

        if (options.Data is { } folder && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BenchmarkException($"{folder} is not empty and was not made by the benchmarks; give --data a new or empty folder.");
        }

        var temporary = options.Data is null ? new TempFolder() : null;
        try
        {
            var dataPath = options.Data ?? temporary!.Path;
            Directory.CreateDirectory(dataPath);
            var facts = await MakeAsync(options, dataPath, cancellationToken);
            if (options.Data is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(dataPath, MarkerFile), JsonSerializer.Serialize(facts), cancellationToken);
            }

            return new GeneratedCatalogue(dataPath, temporary, facts);
        }
        catch
        {
            temporary?.Dispose();
            throw;
        }
    }

    /// <summary>A context on the site's database, with the site's SQLite settings (WAL, busy timeout).</summary>
    public MarketplaceDbContext OpenDatabase() => Open(DataPath);

    public void Dispose()
    {
        // Pooled connections keep the file open; the folder is removed after.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temporary?.Dispose();
    }

    /// <summary>Runs the site's <c>reindex</c> command and reads back what it printed: documents and seconds per index.</summary>
    public static async Task<(IReadOnlyDictionary<string, (int Documents, double Seconds)> Indexes, TimeSpan Process)> ReindexAsync(
        BenchmarkOptions options, string dataPath, string? index, CancellationToken cancellationToken)
    {
        string[] arguments = index is null ? ["reindex"] : ["reindex", "--index", index];
        var (exitCode, output, elapsed) = await SiteProcess.RunCommandAsync(options, dataPath, arguments, cancellationToken);
        if (exitCode != 0)
        {
            throw new BenchmarkException($"{string.Join(' ', arguments)} exited with code {exitCode}:{Environment.NewLine}{output}");
        }

        // "products: 100,000 documents in 12.3 s", after progress lines that end in a carriage return; the numbers
        // are in whatever culture the process runs under.
        var indexes = new Dictionary<string, (int, double)>(StringComparer.Ordinal);
        foreach (Match match in ReindexLine().Matches(output))
        {
            var documents = int.Parse(new string([.. match.Groups["documents"].Value.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
            var seconds = double.Parse(match.Groups["seconds"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            indexes[match.Groups["index"].Value] = (documents, seconds);
        }

        if (index is not null && !indexes.ContainsKey(index))
        {
            throw new BenchmarkException($"reindex did not print \"{index}: N documents in X s\"; it printed:{Environment.NewLine}{output}");
        }

        return (indexes, elapsed);
    }

    /// <summary>The site's search registrations, so that saves through this context fill the outbox as the site's do.</summary>
    private static readonly Lazy<Marketplace.Search.SearchSources> SearchSources = new(() =>
    {
        using var services = Marketplace.Demands.Indexing.DemandsSearchModule.AddDemandsSearch(Marketplace.Catalogue.Indexing.CatalogueSearchModule.AddCatalogueSearch(new ServiceCollection())).BuildServiceProvider();
        return services.GetRequiredService<Marketplace.Search.SearchSources>();
    });

    private static MarketplaceDbContext Open(string dataPath)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        options.UseMarketplaceSqlite(SqliteProvider.DefaultConnectionString(dataPath));
        return new MarketplaceDbContext(options.Options, SearchSources.Value);
    }

    private static async Task<Summary> MakeAsync(BenchmarkOptions options, string dataPath, CancellationToken cancellationToken)
    {
        Console.WriteLine($"data: seeding {dataPath} (the site's first start)");
        var (site, _) = await SiteProcess.StartAsync(options, dataPath, cancellationToken);
        await site.DisposeAsync();

        Console.WriteLine($"data: generating {options.Products:N0} products");
        var clock = Stopwatch.StartNew();
        int cooperatives, products, certificates;
        await using (var db = Open(dataPath))
        {
            var vocabulary = await Vocabulary.LoadAsync(db, cancellationToken);
            (cooperatives, products, certificates) = await new CatalogueGenerator(db, vocabulary, Today).GenerateAsync(options.Products, cancellationToken);

            // The rebuild below covers every change; left here, the outbox would have the running site re-index
            // every generated cooperative with all its products while it is being measured.
            await db.SearchOutbox.ExecuteDeleteAsync(cancellationToken);
        }

        var generated = clock.Elapsed;
        Console.WriteLine($"data: {cooperatives:N0} cooperatives, {certificates:N0} certificates, {products:N0} products in {generated.TotalSeconds:0.0} s; rebuilding the indexes");
        var (indexes, process) = await ReindexAsync(options, dataPath, null, cancellationToken);
        foreach (var (name, (documents, seconds)) in indexes)
        {
            Console.WriteLine($"data: {name}: {documents:N0} documents in {seconds:0.0} s");
        }

        return new Summary(
            CatalogueGenerator.Seed,
            options.Products,
            cooperatives,
            certificates,
            indexes.TryGetValue(Marketplace.Search.SearchIndexes.Products, out var indexed) ? indexed.Documents : 0,
            Math.Round(generated.TotalSeconds, 1),
            Math.Round(process.TotalSeconds, 1),
            DateTimeOffset.UtcNow,
            Reused: false);
    }

    private static Summary? ReadMarker(string folder)
    {
        var path = Path.Combine(folder, MarkerFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<Summary>(File.ReadAllText(path)) : null;
    }

    [GeneratedRegex(@"(?<index>[a-z]+): (?<documents>[\d.,\s\u00a0\u202f]+) documents in (?<seconds>[\d.,]+) s")]
    private static partial Regex ReindexLine();

    /// <summary>What was generated, for the report: <see cref="ProductsIndexed"/> counts the demo products too.</summary>
    internal sealed record Summary(
        int Seed, int Products, int Cooperatives, int Certificates, int ProductsIndexed, double GenerateSeconds, double ReindexAllSeconds, DateTimeOffset MadeAt, bool Reused);
}
