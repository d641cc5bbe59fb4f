using SkiaSharp;

namespace Marketplace.Benchmarks;

/// <summary>
/// The baseline for <c>thumbnails</c>: the same work as the libvips adapter, done with SkiaSharp. Decoded once at the
/// smallest scale the JPEG decoder offers that still covers the largest width (as libvips shrinks on load), resized to
/// the largest width, the smaller widths from that one (as the adapter does), each encoded to WebP and JPEG at the
/// same qualities.
/// </summary>
internal static class SkiaThumbnails
{
    private static readonly SKSamplingOptions Cubic = new(SKCubicResampler.Mitchell);

    /// <summary>Returns the bytes written per format, to compare output sizes.</summary>
    public static (long WebP, long Jpeg) Process(byte[] upload, IReadOnlyList<int> widths, int webPQuality, int jpegQuality)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data) ?? throw new BenchmarkException("SkiaSharp cannot read the sample.");
        var full = codec.Info;
        var descending = widths.OrderDescending().ToList();
        var scaled = codec.GetScaledDimensions((float)descending[0] / full.Width);
        var decodeInfo = scaled.Width >= descending[0] ? full.WithSize(scaled) : full;
        using var decoded = new SKBitmap(decodeInfo);
        if (codec.GetPixels(decodeInfo, decoded.GetPixels()) != SKCodecResult.Success)
        {
            throw new BenchmarkException("SkiaSharp could not decode the sample.");
        }

        using var largest = Resize(decoded, descending[0], full);
        var (webP, jpeg) = Encode(largest, webPQuality, jpegQuality);
        foreach (var width in descending.Skip(1))
        {
            using var smaller = Resize(largest, width, full);
            var (w, j) = Encode(smaller, webPQuality, jpegQuality);
            (webP, jpeg) = (webP + w, jpeg + j);
        }

        return (webP, jpeg);
    }

    private static SKBitmap Resize(SKBitmap source, int width, SKImageInfo full) =>
        source.Resize(new SKImageInfo(width, (int)Math.Round((double)full.Height * width / full.Width), SKColorType.Rgba8888, SKAlphaType.Opaque), Cubic)
        ?? throw new BenchmarkException("SkiaSharp could not resize the sample.");

    private static (long WebP, long Jpeg) Encode(SKBitmap bitmap, int webPQuality, int jpegQuality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var webP = image.Encode(SKEncodedImageFormat.Webp, webPQuality);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, jpegQuality);
        return (webP.Size, jpeg.Size);
    }
}
