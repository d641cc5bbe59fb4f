using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Marketplace.Media.Vips;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace Marketplace.Media.Tests;

/// <summary>Every test image is made here, in code: no binary fixture to trust or to update.</summary>
internal static class TestImages
{
    /// <summary>The processor as the site gets it, through the module.</summary>
    public static IImageProcessor Processor { get; } =
        new ServiceCollection().AddVipsImages().BuildServiceProvider().GetRequiredService<IImageProcessor>();

    /// <summary>Gradients plus noise: real-looking enough that encoders do real work, in sRGB.</summary>
    public static Image Photo(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0] * (255.0 / width);
        using var y = xy[1] * (255.0 / height);
        using var noise = Image.Gaussnoise(width, height, mean: 0, sigma: 18);
        using var red = x + noise;
        using var green = y - noise;
        using var blue = (x + y) / 2;
        using var joined = red.Bandjoin(green, blue);
        using var bytes = joined.Cast(Enums.BandFormat.Uchar);
        return bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>Stored left half red, right half blue.</summary>
    public static Image RedLeftBlueRight(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var isLeft = xy[0] < width / 2;
        using var colours = isLeft.Ifthenelse(new double[] { 255, 0, 0 }, new double[] { 0, 0, 255 });
        using var bytes = colours.Cast(Enums.BandFormat.Uchar);
        return bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static byte[] Jpeg(int width, int height, int quality = 90)
    {
        using var photo = Photo(width, height);
        return photo.JpegsaveBuffer(q: quality);
    }

    public static byte[] Encode(Image image, string format) => format switch
    {
        "jpeg" => image.JpegsaveBuffer(q: 90),
        "png" => image.PngsaveBuffer(),
        "webp" => image.WebpsaveBuffer(q: 90),
        "avif" => image.HeifsaveBuffer(q: 60, compression: Enums.ForeignHeifCompression.Av1),
        "gif" => image.GifsaveBuffer(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>A PNG whose IHDR claims <paramref name="width"/>×<paramref name="height"/>, with a body of a few bytes.</summary>
    public static byte[] PixelFloodPng(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        WritePngChunk(png, "IHDR", header);
        var body = new MemoryStream();
        using (var zlib = new ZLibStream(body, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[64 * 1024]);
        }

        WritePngChunk(png, "IDAT", body.ToArray());
        WritePngChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>
    /// An EXIF block (big-endian TIFF) whose IFD0 points to a GPS IFD: 10°46'30" N, 106°42' E, datum "WGS-84",
    /// the way a phone writes where a photo was taken.
    /// </summary>
    public static byte[] ExifWithGps()
    {
        const int gpsIfd = 8 + 2 + 12 + 4;
        const int gpsEntries = 6;
        const int data = gpsIfd + 2 + (gpsEntries * 12) + 4;
        var tiff = new byte[data + 24 + 24 + 8];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);

        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        WriteEntry(tiff, 10, tag: 0x8825, type: 4, count: 1, value: gpsIfd); // GPSInfo IFD pointer
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(22), 0);

        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(gpsIfd), gpsEntries);
        var entry = gpsIfd + 2;
        WriteEntry(tiff, entry, tag: 0x0000, type: 1, count: 4, value: 0x02020000); // GPSVersionID 2.2.0.0
        WriteEntry(tiff, entry += 12, tag: 0x0001, type: 2, count: 2, value: 'N' << 24); // GPSLatitudeRef
        WriteEntry(tiff, entry += 12, tag: 0x0002, type: 5, count: 3, value: data); // GPSLatitude
        WriteEntry(tiff, entry += 12, tag: 0x0003, type: 2, count: 2, value: 'E' << 24); // GPSLongitudeRef
        WriteEntry(tiff, entry += 12, tag: 0x0004, type: 5, count: 3, value: data + 24); // GPSLongitude
        WriteEntry(tiff, entry + 12, tag: 0x0012, type: 2, count: 7, value: data + 48); // GPSMapDatum
        WriteRationals(tiff, data, (10, 1), (46, 1), (3000, 100));
        WriteRationals(tiff, data + 24, (106, 1), (42, 1), (0, 1));
        "WGS-84\0"u8.CopyTo(tiff.AsSpan(data + 48));
        return [.. "Exif\0\0"u8, .. tiff];
    }

    public static byte[] Zip(string entryName, string text)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entryName, CompressionLevel.NoCompression).Open());
            writer.Write(text);
        }

        return zip.ToArray();
    }

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    private static void WriteEntry(byte[] tiff, int at, ushort tag, ushort type, uint count, int value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(at + 8), value);
    }

    private static void WriteRationals(byte[] tiff, int at, params (uint Numerator, uint Denominator)[] values)
    {
        foreach (var (numerator, denominator) in values)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), numerator);
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), denominator);
            at += 8;
        }
    }

    private static void WritePngChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    // PNG's CRC-32 (ISO 3309); System.IO.Hashing would be a package for ten lines.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

/// <summary>A stream that hands out <paramref name="length"/> bytes (the first ones a JPEG signature) and counts what was read.</summary>
internal sealed class CountingStream(long length, bool seekable) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - BytesRead);
        var span = buffer.AsSpan(offset, n);
        span.Fill(0x5A);
        for (var i = 0; i < n && BytesRead + i < 3; i++)
        {
            span[i] = (byte)(BytesRead + i == 0 ? 0xFF : BytesRead + i == 1 ? 0xD8 : 0xFF);
        }

        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
