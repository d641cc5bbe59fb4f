using System.Runtime.InteropServices;
using NetVips;

namespace Marketplace.Media.Vips;

/// <summary>Process-wide libvips settings, applied once before the first image.</summary>
internal static class VipsSettings
{
    private static readonly Lazy<bool> Applied = new(Apply);

    public static void EnsureApplied() => _ = Applied.Value;

    private static bool Apply()
    {
        if (!ModuleInitializer.VipsInitialized)
        {
            throw new InvalidOperationException(
                "libvips did not load: the NetVips.Native package for this platform must be restored beside the application.",
                ModuleInitializer.Exception);
        }

        // Every upload is different: the operation cache would only keep decoded pixels of past uploads in memory.
        Cache.Max = 0;
        Cache.MaxMem = 0;
        Cache.MaxFiles = 0;

        // Worker threads per image; uploads are few and the machines small. VIPS_CONCURRENCY still wins when set.
        if (Environment.GetEnvironmentVariable("VIPS_CONCURRENCY") is null)
        {
            NetVips.NetVips.Concurrency = Math.Clamp(Environment.ProcessorCount, 1, 4);
        }

        // Loaders libvips marks untrusted (e.g. matload, FITS) stay unreachable even if a sniff ever let bytes through.
        NetVips.NetVips.BlockUntrusted = true;
        LimitMallocArenas();
        return true;
    }

    /// <summary>
    /// glibc gives each thread that encodes its own memory pool and keeps it: measured by the thumbnails benchmark, a
    /// 12-megapixel upload then peaks at about 150 MB extra instead of about 85 MB. Two arenas, as MALLOC_ARENA_MAX=2
    /// would set, for every way the site is started (dotnet run, the image, the tests), unless the variable is set.
    /// </summary>
    private static void LimitMallocArenas()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return;
        }

        try
        {
            _ = mallopt(ArenaMax, 2);
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc (musl has no arenas to limit): nothing to do.
        }
    }

    private const int ArenaMax = -8;

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int mallopt(int param, int value);
}
