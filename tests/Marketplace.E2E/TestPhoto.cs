using NetVips;

namespace Marketplace.E2E;

/// <summary>A real JPEG as a phone might take it, made on the spot so no binary lives in the repository.</summary>
internal static class TestPhoto
{
    /// <summary>
    /// A colour gradient under a fine texture, like foliage or fruit skin: it compresses about as a photo does, where a
    /// bare gradient would make weights look better than they are and pure noise worse.
    /// </summary>
    public static byte[] Jpeg(int width = 1600, int height = 1200)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var red = x * (230.0 / width) + 20;
        using var green = y * (180.0 / height) + 40;
        using var blue = (x + y) * (120.0 / (width + height)) + 60;
        using var colour = red.Bandjoin(green, blue);
        using var noise = Image.Gaussnoise(width, height, mean: 0, sigma: 120);
        using var texture = noise.Gaussblur(2.5);
        using var photo = (colour + texture).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return photo.JpegsaveBuffer(q: 85);
    }
}
