using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Marketplace.Benchmarks;

/// <summary>
/// Throughput and latency of the pages every visitor reads (the home page in both languages, the catalogue, a
/// product page, a cooperative page), beside a static asset served by the same process as the baseline: the ratio
/// is what the page itself costs, whatever the machine. Each page should reach <see cref="Target"/> of the baseline.
/// </summary>
internal sealed partial class HomeScenario : IScenario
{
    private const string Baseline = "/_content/Marketplace.Theme.Default/img/logo.svg";
    private const double Target = 0.5;

    public string Name => "home";

    public async Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var data = new TempFolder();
        var (site, _) = await SiteProcess.StartAsync(options, data.Path, cancellationToken);
        await using var _ = site;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseCookies = false })
        {
            BaseAddress = site.BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };

        string[] paths = [Baseline, "/", "/en/", "/catalogue", .. await ProductAndCooperativeAsync(client, cancellationToken)];

        // Warm-up: JIT, EF Core's compiled queries, Razor views and the connection pool, for every path.
        var warmUp = TimeSpan.FromSeconds(Math.Max(1, options.Seconds / 3.0));
        foreach (var path in paths)
        {
            await CheckAsync(client, path, cancellationToken);
            await LoadAsync(client, path, warmUp, options.Concurrency, cancellationToken);
        }

        // Measured in interleaved rounds: whichever path runs first after the baseline came out slower (seen here
        // with the order swapped), so each path gets its share of every phase of the run.
        const int Rounds = 3;
        var slice = TimeSpan.FromSeconds(options.Seconds / (double)Rounds);
        var rounds = new List<Measurement>();
        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var path in round % 2 == 1 ? paths : [.. paths.Reverse()])
            {
                Console.WriteLine($"round {round}/{Rounds}: GET {path} for {slice.TotalSeconds:0.#} s at concurrency {options.Concurrency}");
                rounds.Add(await LoadAsync(client, path, slice, options.Concurrency, cancellationToken));
            }
        }

        var measured = paths.Select(path => Measurement.Combine(rounds.Where(r => r.Path == path).ToList())).ToList();

        var baseline = measured[0];
        var results = measured.Select(m => new
        {
            path = m.Path,
            requests = m.Latencies.Count,
            errors = m.Errors,
            requestsPerSecond = Math.Round(m.RequestsPerSecond, 1),
            latencyMs = new { p50 = Math.Round(m.Stats.Median, 3), p95 = Math.Round(m.Stats.Percentile(95), 3), p99 = Math.Round(m.Stats.Percentile(99), 3), max = Math.Round(m.Stats.Max, 3) },
            overBaseline = new { requestsPerSecond = Math.Round(m.RequestsPerSecond / baseline.RequestsPerSecond, 3), p50 = Math.Round(m.Stats.Median / baseline.Stats.Median, 3) },
            targetMet = m.Path == Baseline ? (bool?)null : m.RequestsPerSecond / baseline.RequestsPerSecond >= Target,
        }).ToList();

        string[] header = ["GET", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "req/s ÷ baseline", "p50 ÷ baseline", $"≥ {Target} of baseline"];
        var rows = measured.Select(m => new[]
        {
            m.Path == Baseline ? $"{m.Path} (baseline)" : m.Path,
            m.Latencies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReportWriter.Number(m.RequestsPerSecond, 0),
            ReportWriter.Number(m.Stats.Median, 2),
            ReportWriter.Number(m.Stats.Percentile(95), 2),
            ReportWriter.Number(m.Stats.Percentile(99), 2),
            ReportWriter.Number(m.RequestsPerSecond / baseline.RequestsPerSecond, 3),
            ReportWriter.Number(m.Stats.Median / baseline.Stats.Median, 2),
            m.Path == Baseline ? string.Empty : m.RequestsPerSecond / baseline.RequestsPerSecond >= Target ? "met" : "NOT MET",
        });
        return new Report(
            Name,
            new { baseline = Baseline, baselineRequestsPerSecond = Math.Round(baseline.RequestsPerSecond, 1), targetOverBaseline = Target, endpoints = results },
            [header, .. rows]);
    }

    /// <summary>
    /// The first product of the catalogue's first page and its cooperative, at their canonical addresses (the ones
    /// the pages link to redirect there), so the scenario measures whatever the demo catalogue holds.
    /// </summary>
    private static async Task<string[]> ProductAndCooperativeAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var catalogue = await client.GetStringAsync(new Uri("/catalogue", UriKind.Relative), cancellationToken);
        var product = ProductLink().Match(catalogue) is { Success: true } p ? p.Value : throw new BenchmarkException("/catalogue links to no product: is the demo catalogue loaded?");
        var productPage = await client.GetStringAsync(new Uri(product, UriKind.Relative), cancellationToken);
        var cooperative = CooperativeLink().Match(productPage) is { Success: true } c ? c.Value : throw new BenchmarkException($"{product} links to no cooperative.");
        return [await CanonicalAsync(client, product, cancellationToken), await CanonicalAsync(client, cooperative, cancellationToken)];
    }

    private static async Task<string> CanonicalAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        return response.RequestMessage?.RequestUri?.PathAndQuery ?? path;
    }

    [GeneratedRegex("""/products/[0-9]+(/[^"/?#]+)?(?=")""")]
    private static partial Regex ProductLink();

    [GeneratedRegex("""/cooperatives/[0-9]+(/[^"/?#]+)?(?=")""")]
    private static partial Regex CooperativeLink();

    /// <summary>A measurement of a path that does not answer 200 with a body would be a measurement of something else.</summary>
    private static async Task CheckAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
        {
            throw new BenchmarkException($"GET {path} answered {(int)response.StatusCode} with {body.Length} bytes; a measurement of it would measure something else.");
        }
    }

    /// <summary><paramref name="concurrency"/> loops, each sending its next request when the last one is read, until the time is up.</summary>
    private static async Task<Measurement> LoadAsync(HttpClient client, string path, TimeSpan duration, int concurrency, CancellationToken cancellationToken)
    {
        var uri = new Uri(path, UriKind.Relative);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                var latencies = new List<double>();
                var errors = 0;
                while (clock.Elapsed < duration)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    errors += response.IsSuccessStatusCode ? 0 : 1;
                }

                return (latencies, errors);
            },
            cancellationToken)).ToList();
        var done = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = done.SelectMany(d => d.latencies).ToList();
        return new Measurement(path, all, done.Sum(d => d.errors), all.Count / elapsed.TotalSeconds);
    }

    private sealed record Measurement(string Path, List<double> Latencies, int Errors, double RequestsPerSecond)
    {
        public Stats Stats { get; } = new(Latencies);

        /// <summary>One path's rounds as one measurement; the rate over the time the rounds really took.</summary>
        public static Measurement Combine(IReadOnlyList<Measurement> parts)
        {
            var latencies = parts.SelectMany(p => p.Latencies).ToList();
            var seconds = parts.Sum(p => p.Latencies.Count / p.RequestsPerSecond);
            return new Measurement(parts[0].Path, latencies, parts.Sum(p => p.Errors), latencies.Count / seconds);
        }
    }
}
