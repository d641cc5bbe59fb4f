using System.Globalization;

namespace Marketplace.Benchmarks;

/// <summary>
/// Samples this process's resident memory every couple of milliseconds on a thread of its own and keeps the peaks.
/// Resident, not <c>Process.PrivateMemorySize64</c>: on Linux that is VmData, address space reserved (GC heaps,
/// thread stacks) whether touched or not, so it would report memory never used. Native memory (libvips, Skia) counts
/// here as much as managed memory.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stopping;

    private MemorySampler()
    {
        (BaselineResident, BaselineAnonymous) = Read();
        (PeakResident, PeakAnonymous) = (BaselineResident, BaselineAnonymous);
        thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler", Priority = ThreadPriority.AboveNormal };
        thread.Start();
    }

    /// <summary>VmRSS when sampling began: everything resident, shared libraries included.</summary>
    public long BaselineResident { get; }

    /// <summary>RssAnon when sampling began: resident memory no file backs (heaps, pixel buffers).</summary>
    public long BaselineAnonymous { get; }

    public long PeakResident { get; private set; }

    public long PeakAnonymous { get; private set; }

    public long ExtraResident => PeakResident - BaselineResident;

    public long ExtraAnonymous => PeakAnonymous - BaselineAnonymous;

    /// <summary>Starts sampling after a full garbage collection, so the baseline holds no garbage of earlier work.</summary>
    public static MemorySampler Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new MemorySampler();
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
    }

    private void Sample()
    {
        while (!stopping)
        {
            var (resident, anonymous) = Read();
            PeakResident = Math.Max(PeakResident, resident);
            PeakAnonymous = Math.Max(PeakAnonymous, anonymous);
            Thread.Sleep(2);
        }
    }

    private static (long Resident, long Anonymous) Read()
    {
        long resident = 0, anonymous = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line);
            }
        }

        return (resident, anonymous);
    }

    // "VmRSS:     123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
}
