using System.Buffers.Binary;
using System.Text;

namespace Marketplace.Media.Vips;

/// <summary>The container an upload really is, told from its first bytes only.</summary>
internal enum SniffedType
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Avif,

    /// <summary>HEIF with HEVC (iPhone photos): the bundled libvips has no HEVC decoder.</summary>
    Heic,

    /// <summary>An image format we recognise and do not take: GIF, BMP, TIFF, JPEG XL, JPEG 2000, other HEIF.</summary>
    OtherImage,
}

/// <summary>
/// Reads the magic bytes. The file name and the declared content type are never asked: both come from the person
/// uploading. Whatever is not recognised here is never handed to libvips, whose own sniffing knows many more formats.
/// </summary>
internal static class ImageSniffer
{
    private static readonly string[] AvifBrands = ["avif", "avis"];

    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"];

    // Brands that only say "HEIF container"; alone they do not tell the codec.
    private static readonly string[] HeifBrands = ["mif1", "msf1", "miaf", "mif2"];

    public static SniffedType Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return SniffedType.Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffedType.Png;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffedType.WebP;
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return SniffFtyp(bytes);
        }

        return IsOtherImage(bytes) ? SniffedType.OtherImage : SniffedType.Unknown;
    }

    private static SniffedType SniffFtyp(ReadOnlySpan<byte> bytes)
    {
        // ISO BMFF: size, "ftyp", major brand, minor version, then compatible brands up to the end of the box.
        var boxSize = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes), (uint)bytes.Length);
        var brands = new List<string> { Encoding.ASCII.GetString(bytes[8..12]) };
        for (var offset = 16; offset + 4 <= boxSize; offset += 4)
        {
            brands.Add(Encoding.ASCII.GetString(bytes[offset..(offset + 4)]));
        }

        if (brands.Any(AvifBrands.Contains))
        {
            return SniffedType.Avif;
        }

        if (brands.Any(HeicBrands.Contains))
        {
            return SniffedType.Heic;
        }

        // mp4, mov, 3gp...: a video, not an image.
        return brands.Any(HeifBrands.Contains) ? SniffedType.OtherImage : SniffedType.Unknown;
    }

    private static bool IsOtherImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("GIF87a"u8)
        || bytes.StartsWith("GIF89a"u8)
        || bytes.StartsWith("II*\0"u8)
        || bytes.StartsWith("MM\0*"u8)
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0x0A])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x0C, 0x4A, 0x58, 0x4C, 0x20, 0x0D, 0x0A, 0x87, 0x0A])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A])
        || IsBmp(bytes);

    // "BM" alone is too weak (any text may start so): also ask for a known DIB header size.
    private static bool IsBmp(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 18 && bytes.StartsWith("BM"u8) && BinaryPrimitives.ReadInt32LittleEndian(bytes[14..18]) is 12 or 40 or 52 or 56 or 64 or 108 or 124;
}
