namespace Marketplace.Media;

/// <summary>Why an upload was refused; the web layer turns it into a sentence in the person's language.</summary>
public enum ImageRefusal
{
    /// <summary>Over <see cref="ImageLimits.MaxBytes"/>.</summary>
    TooLarge = 1,

    /// <summary>The bytes are not an image we know (whatever the file name says).</summary>
    NotAnImage = 2,

    /// <summary>An image format we recognise but cannot decode here (HEIC/AVIF without a codec, GIF...).</summary>
    UnsupportedFormat = 3,

    /// <summary>More than <see cref="ImageLimits.MaxPixels"/> pixels, read from the header before decoding.</summary>
    TooManyPixels = 4,

    /// <summary>Recognised but broken or truncated.</summary>
    Damaged = 5,

    /// <summary>Zero bytes.</summary>
    Empty = 6,
}

public static class ImageLimits
{
    public const long MaxBytes = 15L * 1024 * 1024;

    public const long MaxPixels = 50_000_000;

    /// <summary>The widths offered in srcset; an image narrower than a width is not enlarged to it.</summary>
    public static IReadOnlyList<int> Widths { get; } = [320, 640, 1280];
}

public sealed class ImageRefusedException(ImageRefusal reason, string detail)
    : Exception($"{reason}: {detail}")
{
    public ImageRefusal Reason { get; } = reason;
}

public enum ImageFormat
{
    WebP = 1,
    Jpeg = 2,
}

/// <summary>One re-encoded size of an upload: what is served, never the original bytes.</summary>
public sealed record ImageRendition(int Width, int Height, ImageFormat Format, byte[] Bytes)
{
    public string FileName => $"{Width}.{(Format == ImageFormat.WebP ? "webp" : "jpg")}";
}

/// <summary>An upload checked, turned upright and re-encoded without any metadata.</summary>
public sealed record ProcessedImage(int Width, int Height, IReadOnlyList<ImageRendition> Renditions);

/// <summary>
/// The image port. Checks size, the real type from the bytes and the pixel count from the header before decoding;
/// auto-rotates; strips all metadata (no GPS leaves the server); re-encodes to WebP and JPEG at <see cref="ImageLimits.Widths"/>.
/// Throws <see cref="ImageRefusedException"/> for anything it will not take.
/// </summary>
public interface IImageProcessor
{
    Task<ProcessedImage> ProcessAsync(Stream upload, CancellationToken cancellationToken);
}
