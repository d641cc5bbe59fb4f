using System.Buffers;
using NetVips;

namespace Marketplace.Media.Vips;

/// <summary>
/// <see cref="IImageProcessor"/> on libvips. Cheap checks come first (size, magic bytes, pixel count from the header),
/// so a hostile upload is refused before any pixel is decoded. What is kept is only re-encoded pixels: no metadata,
/// and nothing that followed the image in the file.
/// </summary>
internal sealed class VipsImageProcessor : IImageProcessor, IDisposable
{
    public const int WebPQuality = 75;

    public const int JpegQuality = 80;

    // thumbnail fits a box; a height this large leaves the width as the only bound (VIPS_MAX_COORD is 10 000 000).
    private const int AnyHeight = 10_000_000;

    private const int ReadChunk = 81_920;

    private static readonly double[] White = [255, 255, 255];

    private static readonly int EncodeParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4);

    // Each decode holds up to 15 MB of input plus its working memory, and its encodes use the cores: a burst of
    // uploads waits its turn instead of piling up.
    private readonly SemaphoreSlim slots = new(Math.Max(1, Environment.ProcessorCount / EncodeParallelism));

    public VipsImageProcessor() => VipsSettings.EnsureApplied();

    public async Task<ProcessedImage> ProcessAsync(Stream upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var bytes = await ReadAtMostAsync(upload, cancellationToken);
        var type = Sniff(bytes);
        var (width, height) = ReadUprightSize(bytes, type);

        // Only decoding waits for a slot: refusals above are cheap and never queue behind a big photo.
        await slots.WaitAsync(cancellationToken);
        try
        {
            return Encode(bytes, width, height, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();

    /// <summary>Reads at most <see cref="ImageLimits.MaxBytes"/> + 1 bytes: one byte over is enough to refuse.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream upload, CancellationToken cancellationToken)
    {
        const long limit = ImageLimits.MaxBytes + 1;
        var declared = upload.CanSeek ? upload.Length - upload.Position : -1;
        if (declared > ImageLimits.MaxBytes)
        {
            throw new ImageRefusedException(ImageRefusal.TooLarge, $"{declared} bytes, over {ImageLimits.MaxBytes}");
        }

        if (declared >= 0)
        {
            // Length known: one array of the right size, no second copy of up to 15 MB.
            var exact = new byte[declared];
            await upload.ReadExactlyAsync(exact, cancellationToken);
            return exact.Length == 0 ? throw new ImageRefusedException(ImageRefusal.Empty, "no bytes") : exact;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ReadChunk);
        try
        {
            int read;
            while ((read = await upload.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > ImageLimits.MaxBytes)
                {
                    throw new ImageRefusedException(ImageRefusal.TooLarge, $"more than {ImageLimits.MaxBytes} bytes");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == 0
            ? throw new ImageRefusedException(ImageRefusal.Empty, "no bytes")
            : buffer.ToArray();
    }

    private static SniffedType Sniff(byte[] bytes) => ImageSniffer.Sniff(bytes) switch
    {
        SniffedType.Unknown => throw new ImageRefusedException(
            ImageRefusal.NotAnImage, "the first bytes are not those of a JPEG, PNG, WebP or AVIF image"),

        // Checked: the native build has libheif with the AV1 codec only, no HEVC (see docs/adr/0004).
        SniffedType.Heic => throw new ImageRefusedException(ImageRefusal.UnsupportedFormat, "HEIC (HEVC) has no decoder here"),
        SniffedType.OtherImage => throw new ImageRefusedException(ImageRefusal.UnsupportedFormat, "an image format we do not take"),
        var type => type,
    };

    /// <summary>The size from the header alone: sequential loaders are lazy, so no pixel is decoded here.</summary>
    private static (int Width, int Height) ReadUprightSize(byte[] bytes, SniffedType type)
    {
        Image header;
        try
        {
            // The loader is chosen from our sniff, never from libvips' own guess.
            header = type switch
            {
                SniffedType.Jpeg => Image.JpegloadBuffer(bytes, access: Enums.Access.Sequential),
                SniffedType.Png => Image.PngloadBuffer(bytes, access: Enums.Access.Sequential),
                SniffedType.WebP => Image.WebploadBuffer(bytes, access: Enums.Access.Sequential),
                SniffedType.Avif => Image.HeifloadBuffer(bytes, access: Enums.Access.Sequential),
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
            };
        }
        catch (VipsException e)
        {
            throw new ImageRefusedException(ImageRefusal.Damaged, $"unreadable {type} header: {FirstLine(e)}");
        }

        using (header)
        {
            if ((long)header.Width * header.Height > ImageLimits.MaxPixels)
            {
                throw new ImageRefusedException(
                    ImageRefusal.TooManyPixels, $"{header.Width}×{header.Height} is over {ImageLimits.MaxPixels} pixels");
            }

            // EXIF orientations 5 to 8 turn the picture a quarter: the upright width is the stored height.
            var turned = header.GetTypeOf("orientation") != IntPtr.Zero && (int)header.Get("orientation") is >= 5 and <= 8;
            return turned ? (header.Height, header.Width) : (header.Width, header.Height);
        }
    }

    private static ProcessedImage Encode(byte[] bytes, int width, int height, CancellationToken cancellationToken)
    {
        var widths = ImageLimits.Widths.Where(w => w <= width).ToList();
        if (widths.Count == 0)
        {
            widths.Add(width);
        }

        try
        {
            // One decode, shrunk on load where the format allows (JPEG by 2/4/8, WebP), turned upright, in sRGB,
            // held in memory once; the smaller widths come from it.
            using var largest = DecodeUpright(bytes, widths.Max());
            var sizes = widths.OrderDescending()
                .Select(target => target == largest.Width ? largest.Copy() : largest.ThumbnailImage(target, height: AnyHeight, noRotate: true))
                .ToList();
            try
            {
                // libwebp and libjpeg encode on one thread each: the encodes run side by side instead, from finished
                // pixels in memory, which is most of the time of an upload.
                var jobs = sizes.SelectMany(_ => new[] { ImageFormat.WebP, ImageFormat.Jpeg }, (image, format) => (image, format)).ToList();
                var renditions = new ImageRendition[jobs.Count];
                Parallel.For(
                    0,
                    jobs.Count,
                    new ParallelOptions { MaxDegreeOfParallelism = EncodeParallelism, CancellationToken = cancellationToken },
                    i =>
                    {
                        var (image, format) = jobs[i];
                        var encoded = format == ImageFormat.WebP ? EncodeWebP(image) : EncodeJpeg(image);
                        renditions[i] = new ImageRendition(image.Width, image.Height, format, encoded);
                    });
                return new ProcessedImage(width, height, renditions);
            }
            finally
            {
                sizes.ForEach(image => image.Dispose());
            }
        }
        catch (VipsException e)
        {
            throw new ImageRefusedException(ImageRefusal.Damaged, $"the pixels do not decode: {FirstLine(e)}");
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is VipsException))
        {
            // Parallel.For wraps an encoder's failure; the person still gets a refusal, not an error page.
            throw new ImageRefusedException(ImageRefusal.Damaged, $"the pixels do not encode: {FirstLine((VipsException)e.InnerExceptions[0])}");
        }
    }

    private static Image DecodeUpright(byte[] bytes, int width)
    {
        // fail_on=error also fails on truncation, so a cut-off upload is refused rather than served half grey. It goes
        // in the loader's option string: thumbnail_buffer's own failOn argument does not reach the loader (tested).
        using var thumbnail = Image.ThumbnailBuffer(bytes, width, optionString: "fail_on=error", height: AnyHeight, size: Enums.Size.Down);
        using var srgb = thumbnail.Interpretation == Enums.Interpretation.Srgb ? thumbnail.Copy() : thumbnail.Colourspace(Enums.Interpretation.Srgb);

        // Runs the whole pipeline now, so a damaged file fails here and the renditions read finished pixels.
        return srgb.CopyMemory();
    }

    private static byte[] EncodeWebP(Image image) =>
        image.WebpsaveBuffer(q: WebPQuality, keep: Enums.ForeignKeep.None);

    private static byte[] EncodeJpeg(Image image)
    {
        // JPEG has no transparency: transparent areas become white, as on the site's pages.
        using var opaque = image.HasAlpha() ? image.Flatten(background: White) : image.Copy();
        return opaque.JpegsaveBuffer(q: JpegQuality, interlace: true, optimizeCoding: true, keep: Enums.ForeignKeep.None);
    }

    private static string FirstLine(VipsException e) => e.Message.Split('\n', 2)[0].Trim();
}
