using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Marketplace.Benchmarks;

/// <summary>
/// The built site as its own process, as it is deployed: <c>dotnet Marketplace.Web.dll</c> on a free port of
/// 127.0.0.1 over the given data folder. Disposing stops it.
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private SiteProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the site and returns once <c>/health</c> answers 200, with the time that took.</summary>
    public static async Task<(SiteProcess Site, TimeSpan TimeToHealthy)> StartAsync(BenchmarkOptions options, string dataPath, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = StartInfo(options, dataPath, ["--urls", baseAddress.ToString()]);

        using var health = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var site = new SiteProcess(Process.Start(start) ?? throw new BenchmarkException("dotnet did not start."), baseAddress);
        try
        {
            site.process.OutputDataReceived += (_, e) => site.Keep(e.Data);
            site.process.ErrorDataReceived += (_, e) => site.Keep(e.Data);
            site.process.BeginOutputReadLine();
            site.process.BeginErrorReadLine();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (site.process.HasExited || clock.Elapsed > StartLimit)
                {
                    throw new BenchmarkException(
                        $"The site {(site.process.HasExited ? $"exited with code {site.process.ExitCode}" : $"did not answer /health within {StartLimit.TotalSeconds} s")}. Its last output:{Environment.NewLine}{site.LastOutput()}");
                }

                if (await IsHealthyAsync(health, cancellationToken))
                {
                    return (site, clock.Elapsed);
                }

                // Short enough not to blur a start of a second or two; long enough not to compete with it for the CPU.
                await Task.Delay(10, cancellationToken);
            }
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs one of the site's commands (<c>dotnet Marketplace.Web.dll reindex ...</c>) over the data folder, as an
    /// operator would, and returns its exit code, everything it wrote and how long the process took.
    /// </summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunCommandAsync(
        BenchmarkOptions options, string dataPath, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var output = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(options, dataPath, arguments)) ?? throw new BenchmarkException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        // WaitForExitAsync returns once the output streams are read to the end as well.
        lock (output)
        {
            return (process.ExitCode, output.ToString(), clock.Elapsed);
        }

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }

    public string LastOutput()
    {
        lock (lastLines)
        {
            return string.Join(Environment.NewLine, lastLines);
        }
    }

    /// <summary>Stops the site as a service manager would (SIGTERM), so the next start finds its data folder closed cleanly.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            _ = Kill(process.Id, SigTerm);
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
    }

    private const int SigTerm = 15;

    /// <summary>The site over <paramref name="dataPath"/>, on SQLite, with the demo catalogue, whatever this shell's environment says.</summary>
    private static ProcessStartInfo StartInfo(BenchmarkOptions options, string dataPath, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory, as when the site is run from its folder.
            WorkingDirectory = Path.GetDirectoryName(options.App)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(options.App);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = options.Environment;
        start.Environment["Marketplace__DataPath"] = dataPath;
        start.Environment["Marketplace__Database__Provider"] = "Sqlite";
        start.Environment["Marketplace__Seed__LoadDemoData"] = "true";
        start.Environment["Marketplace__Search__Engine"] = "Lucene";
        start.Environment.Remove("ASPNETCORE_URLS");
        return start;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static async Task<bool> IsHealthyAsync(HttpClient health, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await health.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
            return false;
        }
    }

    private static int FreePort()
    {
        // The OS hands out a free port; it stays free the few milliseconds until the site binds it.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
    }
}
