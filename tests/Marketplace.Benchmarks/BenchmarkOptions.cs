using System.Globalization;
using System.Reflection;

namespace Marketplace.Benchmarks;

internal sealed record BenchmarkOptions
{
    public const string Usage = "[--runs N] [--seconds N] [--concurrency N] [--products N] [--changes N] [--data folder] [--out file.json] [--app path/to/Marketplace.Web.dll] [--environment Production]";

    /// <summary>
    /// startup: cold starts (and as many warm starts) to time; thumbnails: runs per library (10 unless given);
    /// search: passes over the query mix (10); match: passes over the demands (5); reindex: full rebuilds (3).
    /// </summary>
    public int Runs { get; init; } = 5;

    /// <summary>Whether --runs was given, for a scenario whose own default is not 5.</summary>
    public bool RunsGiven { get; init; }

    /// <summary>home: how long each endpoint is measured, after a warm-up of a third of that.</summary>
    public int Seconds { get; init; } = 10;

    /// <summary>home: requests in flight at once; search: the same over HTTP (1 unless given).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Whether --concurrency was given, for a scenario whose own default is not 8.</summary>
    public bool ConcurrencyGiven { get; init; }

    /// <summary>search, match, reindex: products generated into the database (besides the demo catalogue).</summary>
    public int Products { get; init; } = 100_000;

    /// <summary>reindex: saved changes timed until they are searchable.</summary>
    public int Changes { get; init; } = 20;

    /// <summary>
    /// search, match, reindex: a data folder to generate into and keep, or to reuse when it already holds the same
    /// number of generated products; empty means a temporary folder, removed afterwards.
    /// </summary>
    public string? Data { get; init; }

    /// <summary>The JSON file to write; empty means artifacts/benchmarks/&lt;scenario&gt;-&lt;timestamp&gt;.json.</summary>
    public string? Out { get; init; }

    /// <summary>The site to start; by default the Marketplace.Web built in this program's configuration.</summary>
    public string App { get; init; } = Metadata("MarketplaceWeb");

    public string Environment { get; init; } = "Production";

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new FormatException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--runs" => options with { Runs = Positive(args[i], value), RunsGiven = true },
                "--seconds" => options with { Seconds = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value), ConcurrencyGiven = true },
                "--products" => options with { Products = Positive(args[i], value) },
                "--changes" => options with { Changes = Positive(args[i], value) },
                "--data" => options with { Data = Path.GetFullPath(value) },
                "--out" => options with { Out = Path.GetFullPath(value) },
                "--app" => options with { App = Path.GetFullPath(value) },
                "--environment" => options with { Environment = value },
                _ => throw new FormatException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormatException($"{name} takes a whole number above 0, not \"{value}\".");

    // Baked in at build time (see the .csproj), so the program finds the repository from any working directory.
    private static string Metadata(string key) =>
        typeof(BenchmarkOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
