using System.Diagnostics;

namespace Marketplace.Media.Tests;

/// <summary>Run alone: a timing measured while other tests decode photos would not be honest.</summary>
[CollectionDefinition(nameof(PixelFloodTests), DisableParallelization = true)]
public sealed class PixelFloodCollection;

[Collection(nameof(PixelFloodTests))]
public sealed class PixelFloodTests
{
    [Fact]
    public async Task A_pixel_flood_png_is_refused_from_its_header_in_well_under_100_ms()
    {
        // Warm-up: libvips loaded and this code path compiled, so what is timed is the check itself.
        await TestImages.Processor.ProcessAsync(new MemoryStream(TestImages.Encode(TestImages.Photo(64, 64), "png")), CancellationToken.None);
        var flood = TestImages.PixelFloodPng(100_000, 100_000);
        Assert.True(flood.Length < 1024, "the body is tiny; only the header claims 10 gigapixels");

        var clock = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<ImageRefusedException>(
            () => TestImages.Processor.ProcessAsync(new MemoryStream(flood), CancellationToken.None));
        clock.Stop();

        Assert.Equal(ImageRefusal.TooManyPixels, refused.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(100), $"took {clock.Elapsed.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public async Task An_image_just_over_50_megapixels_is_refused_and_one_at_the_limit_is_not_refused_for_its_pixels()
    {
        var over = await Assert.ThrowsAsync<ImageRefusedException>(
            () => TestImages.Processor.ProcessAsync(new MemoryStream(TestImages.PixelFloodPng(10_000, 5_001)), CancellationToken.None));
        Assert.Equal(ImageRefusal.TooManyPixels, over.Reason);

        // 10 000 × 5 000 is exactly the limit: it passes the header check and fails later, on its fake body.
        var atLimit = await Assert.ThrowsAsync<ImageRefusedException>(
            () => TestImages.Processor.ProcessAsync(new MemoryStream(TestImages.PixelFloodPng(10_000, 5_000)), CancellationToken.None));
        Assert.Equal(ImageRefusal.Damaged, atLimit.Reason);
    }
}
