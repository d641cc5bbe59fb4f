using System.Text;
using Marketplace.Localization;

namespace Marketplace.Catalogue;

/// <summary>Readable URL words from a name: "Thanh long ruột đỏ" → "thanh-long-ruot-do". The id in the URL is what counts.</summary>
public static class Slugs
{
    public static string For(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in VietnameseFolding.Fold(name))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }
}
