using System.Text;
using NetVips;

namespace Marketplace.Media.Tests;

public sealed class MetadataTests
{
    private const string Marker = "MARKER-7f3a9c";

    [Fact]
    public async Task No_rendition_keeps_the_exif_or_gps_of_the_upload()
    {
        using var photo = TestImages.Photo(900, 600);
        using var located = photo.Mutate(image => image.Set(GValue.BlobType, "exif-data", TestImages.ExifWithGps()));
        var upload = located.JpegsaveBuffer(q: 90);
        using (var input = Image.NewFromBuffer(upload))
        {
            // The sample really carries a position, as libvips reads it back.
            Assert.Contains("exif-ifd3-GPSLatitude", input.GetFields());
            Assert.StartsWith("10/1 46/1 3000/100", (string)input.Get("exif-ifd3-GPSLatitude"), StringComparison.Ordinal);
            Assert.True(TestImages.Contains(upload, "Exif"));
            Assert.True(TestImages.Contains(upload, "WGS-84"));
        }

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.NotEmpty(result.Renditions);
        foreach (var rendition in result.Renditions)
        {
            using var output = Image.NewFromBuffer(rendition.Bytes);
            var kept = output.GetFields().Where(f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation");
            Assert.True(!kept.Any(), $"{rendition.FileName} keeps {string.Join(", ", kept)}");
            Assert.False(ContainsIgnoringCase(rendition.Bytes, "Exif"), $"{rendition.FileName} has an Exif block");
            Assert.False(TestImages.Contains(rendition.Bytes, "WGS-84"), $"{rendition.FileName} has the GPS datum");
        }
    }

    [Fact]
    public async Task Html_appended_to_a_jpeg_does_not_survive()
    {
        var upload = Append(TestImages.Jpeg(700, 500), Encoding.ASCII.GetBytes($"<html><script>alert('{Marker}')</script></html>"));

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        AssertNothingAppended(result, "<html");
    }

    [Fact]
    public async Task A_zip_appended_to_a_jpeg_does_not_survive()
    {
        var upload = Append(TestImages.Jpeg(700, 500), TestImages.Zip($"{Marker}.txt", "payload"));

        var result = await TestImages.Processor.ProcessAsync(new MemoryStream(upload), CancellationToken.None);

        AssertNothingAppended(result, "PK\u0003\u0004");
    }

    private static byte[] Append(byte[] jpeg, byte[] tail)
    {
        byte[] polyglot = [.. jpeg, .. tail];
        Assert.True(TestImages.Contains(polyglot, Marker));
        return polyglot;
    }

    private static void AssertNothingAppended(ProcessedImage result, string signature)
    {
        Assert.Equal(4, result.Renditions.Count);
        foreach (var rendition in result.Renditions)
        {
            Assert.False(TestImages.Contains(rendition.Bytes, Marker), $"{rendition.FileName} carries the appended bytes");
            Assert.False(TestImages.Contains(rendition.Bytes, signature), $"{rendition.FileName} carries {signature.Trim()}");
        }
    }

    private static bool ContainsIgnoringCase(byte[] haystack, string needle) =>
        Encoding.Latin1.GetString(haystack).Contains(needle, StringComparison.OrdinalIgnoreCase);
}
