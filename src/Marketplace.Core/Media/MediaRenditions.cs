using System.Globalization;

namespace Marketplace.Media;

/// <summary>
/// Which stored rendition answers for a width a page asked for. Pages name the widths of <see cref="ImageLimits.Widths"/>
/// (a logo at 320, a certificate scan at 640) without knowing the upload's size, and an image is never enlarged: a logo
/// 200 px wide has only <c>200.jpg</c>. The answer is the widest rendition not wider than asked, or else the narrowest.
/// </summary>
public static class MediaRenditions
{
    /// <returns>The file name to serve instead of <paramref name="requested"/>, or null when none is of its format.</returns>
    public static string? Nearest(IEnumerable<string> stored, string requested)
    {
        if (Parse(requested) is not var (wanted, format))
        {
            return null;
        }

        var candidates = stored.Select(name => (Name: name, Parsed: Parse(name)))
            .Where(c => c.Parsed is { } p && p.Format == format)
            .Select(c => (c.Name, c.Parsed!.Value.Width))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var notWider = candidates.Where(c => c.Width <= wanted).ToList();
        return notWider.Count > 0 ? notWider.MaxBy(c => c.Width).Name : candidates.MinBy(c => c.Width).Name;
    }

    /// <summary>"640.jpg" → (640, ".jpg"); anything else → null.</summary>
    private static (int Width, string Format)? Parse(string fileName)
    {
        var format = Path.GetExtension(fileName);
        return int.TryParse(Path.GetFileNameWithoutExtension(fileName), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0 && format.Length > 1
            ? (width, format)
            : null;
    }
}
