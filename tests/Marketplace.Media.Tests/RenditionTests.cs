using NetVips;

namespace Marketplace.Media.Tests;

public sealed class RenditionTests
{
    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("webp")]
    public async Task Jpeg_png_and_webp_become_webp_and_jpeg_at_every_width_keeping_the_aspect_ratio(string format)
    {
        using var photo = TestImages.Photo(1500, 1000);
        var upload = TestImages.Encode(photo, format);

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.Equal((1500, 1000), (result.Width, result.Height));
        Assert.Equal(
            [(320, 213, ImageFormat.WebP), (320, 213, ImageFormat.Jpeg), (640, 427, ImageFormat.WebP), (640, 427, ImageFormat.Jpeg), (1280, 853, ImageFormat.WebP), (1280, 853, ImageFormat.Jpeg)],
            result.Renditions.Select(r => (r.Width, r.Height, r.Format)).Order());
        foreach (var rendition in result.Renditions)
        {
            AssertDecodesAs(rendition);
        }
    }

    [Fact]
    public async Task An_image_is_never_enlarged_to_a_width_it_does_not_reach()
    {
        var upload = TestImages.Jpeg(1000, 500);

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.Equal([320, 320, 640, 640], result.Renditions.Select(r => r.Width).Order());
    }

    [Fact]
    public async Task An_image_narrower_than_the_smallest_width_gets_one_rendition_at_its_own_width()
    {
        var upload = TestImages.Jpeg(200, 150);

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.Equal(
            [(200, 150, ImageFormat.WebP), (200, 150, ImageFormat.Jpeg)],
            result.Renditions.Select(r => (r.Width, r.Height, r.Format)).Order());
    }

    [Fact]
    public async Task Jpeg_renditions_are_progressive()
    {
        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(TestImages.Jpeg(800, 600)), CancellationToken.None);

        foreach (var jpeg in result.Renditions.Where(r => r.Format == ImageFormat.Jpeg))
        {
            using var decoded = Image.NewFromBuffer(jpeg.Bytes);
            Assert.Equal(1, (int)decoded.Get("jpeg-multiscan"));
        }
    }

    [Fact]
    public async Task Transparency_is_kept_in_webp_and_flattened_onto_white_in_jpeg()
    {
        using var photo = TestImages.Photo(400, 300);
        using var clear = Image.Black(400, 300); // alpha 0 everywhere
        using var withAlpha = photo.Bandjoin(clear).Copy(interpretation: Enums.Interpretation.Srgb);

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(withAlpha.PngsaveBuffer()), CancellationToken.None);

        using var webp = Image.NewFromBuffer(result.Renditions.Single(r => r.Format == ImageFormat.WebP).Bytes);
        using var jpeg = Image.NewFromBuffer(result.Renditions.Single(r => r.Format == ImageFormat.Jpeg).Bytes);
        Assert.Equal(4, webp.Bands);
        Assert.Equal(3, jpeg.Bands);
        Assert.True(jpeg.Min() >= 250, "a fully transparent picture flattens to white");
    }

    [Fact]
    public async Task Exif_orientation_6_is_applied_so_the_renditions_are_upright()
    {
        // Stored 800×400 with red on the left; orientation 6 says "turn a quarter clockwise to view", which brings the
        // left edge to the top.
        using var stored = TestImages.RedLeftBlueRight(800, 400);
        using var oriented = stored.Mutate(image => image.Set(GValue.GIntType, "orientation", 6));
        var upload = oriented.JpegsaveBuffer(q: 90);
        using (var input = Image.NewFromBuffer(upload))
        {
            Assert.Equal((800, 400, 6), (input.Width, input.Height, (int)input.Get("orientation")));
        }

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.Equal((400, 800), (result.Width, result.Height));
        foreach (var rendition in result.Renditions)
        {
            Assert.Equal((320, 640), (rendition.Width, rendition.Height));
            using var decoded = Image.NewFromBuffer(rendition.Bytes);
            Assert.True(IsRed(decoded.Getpoint(160, 80)), $"{rendition.FileName}: top should be red");
            Assert.True(IsBlue(decoded.Getpoint(160, 560)), $"{rendition.FileName}: bottom should be blue");
        }
    }

    [Fact]
    public async Task Avif_is_decoded_by_the_bundled_libheif()
    {
        using var photo = TestImages.Photo(700, 350);
        var upload = TestImages.Encode(photo, "avif");
        Assert.True(TestImages.Contains(upload[..32], "avif"), "the sample must be a real AVIF (ftyp brand avif)");

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.Equal([(320, 160), (320, 160), (640, 320), (640, 320)], result.Renditions.Select(r => (r.Width, r.Height)).Order());
        foreach (var rendition in result.Renditions)
        {
            AssertDecodesAs(rendition);
        }
    }

    private static void AssertDecodesAs(ImageRendition rendition)
    {
        using var decoded = Image.NewFromBuffer(rendition.Bytes);
        var loader = rendition.Format == ImageFormat.WebP ? "webpload_buffer" : "jpegload_buffer";
        Assert.Equal((loader, rendition.Width, rendition.Height), ((string)decoded.Get("vips-loader"), decoded.Width, decoded.Height));
        Assert.Equal(Enums.Interpretation.Srgb, decoded.Interpretation);
        _ = decoded.Avg(); // decodes every pixel
    }

    private static bool IsRed(double[] pixel) => pixel[0] > 200 && pixel[1] < 60 && pixel[2] < 60;

    private static bool IsBlue(double[] pixel) => pixel[0] < 60 && pixel[1] < 60 && pixel[2] > 200;
}
