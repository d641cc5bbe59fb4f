namespace Marketplace.Benchmarks;

/// <summary>One macro measurement of the running site, named on the command line.</summary>
internal interface IScenario
{
    string Name { get; }

    Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken);
}

/// <summary>What a scenario found: <paramref name="Results"/> goes to the JSON file, <paramref name="Table"/> (header first) to the terminal.</summary>
internal sealed record Report(string Scenario, object Results, IReadOnlyList<string[]> Table);

/// <summary>The scenario could not measure; the message says why and what to change.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
