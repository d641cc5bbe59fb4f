using Marketplace.Benchmarks;

// As the site does at start-up, before any thread allocates (VipsModule.AddVipsImages).
Marketplace.Media.Vips.VipsSettings.EnsureApplied();

// dotnet run -c Release --project tests/Marketplace.Benchmarks -- <scenario> [options]; see README.md.
IScenario[] scenarios = [new StartupScenario(), new HomeScenario(), new ThumbnailsScenario(), new SearchScenario(), new MatchScenario(), new ReindexScenario()];

if (args is not [var name, .. var rest] || scenarios.FirstOrDefault(s => s.Name == name) is not { } scenario)
{
    await Console.Error.WriteLineAsync($"Usage: <{string.Join("|", scenarios.Select(s => s.Name))}> {BenchmarkOptions.Usage}");
    return 2;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(rest);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"{e.Message}{Environment.NewLine}Usage: {scenario.Name} {BenchmarkOptions.Usage}");
    return 2;
}

if (!File.Exists(options.App))
{
    await Console.Error.WriteLineAsync($"The site is not built at {options.App}: build the solution in this configuration, or pass --app path/to/Marketplace.Web.dll.");
    return 1;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop the scenario cleanly so the site's child process is stopped too.
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var report = await scenario.RunAsync(options, cancel.Token);
    var path = await ReportWriter.WriteAsync(report, options, cancel.Token);
    ReportWriter.PrintTable(report);
    Console.WriteLine($"Results: {path}");
    return 0;
}
catch (BenchmarkException e)
{
    await Console.Error.WriteLineAsync($"{scenario.Name} failed: {e.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Stopped.");
    return 130;
}
