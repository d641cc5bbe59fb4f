using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Marketplace.Media;
using Marketplace.Media.Vips;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace Marketplace.Benchmarks;

/// <summary>
/// A 12-megapixel photo through the image port (libvips) to every width in WebP and JPEG, time and peak extra memory,
/// beside SkiaSharp doing the same work in the same process as the baseline. Runs in process: no site is started.
/// </summary>
internal sealed class ThumbnailsScenario : IScenario
{
    private const int DefaultRuns = 10;
    private const double TargetMedianMs = 250;
    private const double TargetPeakExtraMb = 100;
    private const int SampleWidth = 4000;
    private const int SampleHeight = 3000;

    public string Name => "thumbnails";

    public async Task<Report> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var runs = options.RunsGiven ? options.Runs : DefaultRuns;
        var sample = MakeSample();
        Console.WriteLine($"sample: {SampleWidth}×{SampleHeight} JPEG, {sample.Length / 1024.0 / 1024.0:F1} MB");

        using var services = new ServiceCollection().AddVipsImages().BuildServiceProvider();
        var processor = services.GetRequiredService<IImageProcessor>();
        var widths = ImageLimits.Widths.Where(w => w <= SampleWidth).ToList();

        // Each library's series starts from a trimmed heap and ends before the other's begins, so neither is measured
        // on memory the other freed; the warm-up is inside the series, since the first upload of a process is real.
        var vipsHighwaterBefore = (long)global::NetVips.Stats.MemHighwater;
        var vips = await MeasureAsync("vips", runs, async () =>
        {
            var result = await processor.ProcessAsync(new MemoryStream(sample), cancellationToken);
            return (Sum(result, ImageFormat.WebP), Sum(result, ImageFormat.Jpeg));
        }, cancellationToken);
        var vipsHighwater = (long)global::NetVips.Stats.MemHighwater;

        var skia = await MeasureAsync("skia", runs, () => Task.FromResult(SkiaThumbnails.Process(
            sample, widths, VipsImageProcessor.WebPQuality, VipsImageProcessor.JpegQuality)), cancellationToken);

        var timeRatio = vips.Time.Median / skia.Time.Median;
        var memoryRatio = (double)vips.Memory.ExtraResident / skia.Memory.ExtraResident;
        var timeMet = vips.Time.Median <= TargetMedianMs;
        var memoryMet = Mb(vips.Memory.ExtraResident) <= TargetPeakExtraMb;

        var results = new
        {
            sample = new { width = SampleWidth, height = SampleHeight, bytes = sample.Length },
            widths,
            quality = new { webP = VipsImageProcessor.WebPQuality, jpeg = VipsImageProcessor.JpegQuality },
            runs,
            vips = Summary(vips, new { mb = Math.Round(Mb(vipsHighwater), 1), beforeSeriesMb = Math.Round(Mb(vipsHighwaterBefore), 1) }),
            skia = Summary(skia, null),
            vipsOverSkia = new { medianTime = Math.Round(timeRatio, 3), peakExtraResident = Math.Round(memoryRatio, 3) },
            targets = new
            {
                medianMs = TargetMedianMs,
                medianMet = timeMet,
                peakExtraMb = TargetPeakExtraMb,
                peakExtraMet = memoryMet,
            },
        };

        string[] header = ["library", "runs", "min ms", "median ms", "max ms", "peak extra RSS MB", "peak extra anon MB", "WebP KB", "JPEG KB"];
        return new Report(
            Name,
            results,
            [
                header,
                Row("libvips (the adapter)", vips),
                Row("SkiaSharp (baseline)", skia),
                ["libvips / SkiaSharp", string.Empty, string.Empty, ReportWriter.Number(timeRatio, 2), string.Empty, ReportWriter.Number(memoryRatio, 2), string.Empty, string.Empty, string.Empty],
                [$"target: median ≤ {TargetMedianMs} ms", string.Empty, string.Empty, timeMet ? "met" : "NOT MET", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty],
                [$"target: ≤ {TargetPeakExtraMb} MB extra", string.Empty, string.Empty, string.Empty, string.Empty, memoryMet ? "met" : "NOT MET", string.Empty, string.Empty, string.Empty],
                [$"libvips tracked high-water (native)", string.Empty, string.Empty, string.Empty, string.Empty, ReportWriter.Number(Mb(vipsHighwater)), string.Empty, string.Empty, string.Empty],
            ]);
    }

    /// <summary>
    /// Gradients, soft blobs and grain with a fixed seed: about what a phone photo costs to decode and encode, and
    /// the same bytes on every run.
    /// </summary>
    private static byte[] MakeSample()
    {
        using var xy = Image.Xyz(SampleWidth, SampleHeight);
        using var across = xy[0] * (200.0 / SampleWidth);
        using var down = xy[1] * (200.0 / SampleHeight);
        using var coarse = Image.Gaussnoise(SampleWidth / 16, SampleHeight / 16, mean: 0, sigma: 60, seed: 7);
        using var blobs = coarse.Resize(16, kernel: Enums.Kernel.Linear);
        using var grain = Image.Gaussnoise(SampleWidth, SampleHeight, mean: 0, sigma: 6, seed: 11);
        using var red = across + blobs + grain + 20;
        using var green = down - blobs + grain + 40;
        using var blue = ((across + down) / 2) + (blobs * 0.5) + grain;
        using var joined = red.Bandjoin(green, blue);
        using var pixels = joined.Cast(Enums.BandFormat.Uchar);
        using var srgb = pixels.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.JpegsaveBuffer(q: 92);
    }

    private static async Task<Series> MeasureAsync(string name, int runs, Func<Task<(long WebP, long Jpeg)>> work, CancellationToken cancellationToken)
    {
        _ = MallocTrim(0);
        var times = new List<double>();
        (long WebP, long Jpeg) bytes;
        using (var memory = MemorySampler.Start())
        {
            bytes = await work(); // warm-up: JIT, codec tables, the first arenas of the native heap
            for (var run = 1; run <= runs; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                bytes = await work();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{name}: median {ReportWriter.Number(new Stats(times).Median)} ms, peak extra RSS {ReportWriter.Number(Mb(memory.ExtraResident))} MB");
            return new Series(new Stats(times), times, memory, bytes.WebP, bytes.Jpeg);
        }
    }

    private static object Summary(Series series, object? nativeHighwater) => new
    {
        timeMs = new
        {
            min = Math.Round(series.Time.Min, 1),
            median = Math.Round(series.Time.Median, 1),
            max = Math.Round(series.Time.Max, 1),
            runs = series.Runs.Select(r => Math.Round(r, 1)),
        },
        peakExtraMemoryMb = new
        {
            resident = Math.Round(Mb(series.Memory.ExtraResident), 1),
            anonymous = Math.Round(Mb(series.Memory.ExtraAnonymous), 1),
            baselineResident = Math.Round(Mb(series.Memory.BaselineResident), 1),
        },
        nativeHighwater,
        outputBytes = new { webP = series.WebPBytes, jpeg = series.JpegBytes },
    };

    private static string[] Row(string name, Series series) =>
    [
        name,
        series.Time.Count.ToString(CultureInfo.InvariantCulture),
        ReportWriter.Number(series.Time.Min),
        ReportWriter.Number(series.Time.Median),
        ReportWriter.Number(series.Time.Max),
        ReportWriter.Number(Mb(series.Memory.ExtraResident)),
        ReportWriter.Number(Mb(series.Memory.ExtraAnonymous)),
        ReportWriter.Number(series.WebPBytes / 1024.0, 0),
        ReportWriter.Number(series.JpegBytes / 1024.0, 0),
    ];

    private static long Sum(ProcessedImage result, ImageFormat format) =>
        result.Renditions.Where(r => r.Format == format).Sum(r => (long)r.Bytes.Length);

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    // Hands freed native memory back to the system, so a series' baseline is not padded by the previous one's heap.
    // DllImport, not LibraryImport: the generated form needs unsafe code enabled for one blittable call.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    private sealed record Series(Stats Time, List<double> Runs, MemorySampler Memory, long WebPBytes, long JpegBytes);
}
