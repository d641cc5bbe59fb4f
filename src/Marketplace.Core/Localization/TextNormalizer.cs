using System.Globalization;
using System.Text;

namespace Marketplace.Localization;

/// <summary>Vietnamese may arrive decomposed (NFD) from some keyboards and phones; everything is stored composed (NFC).</summary>
public static class TextNormalizer
{
    public static string Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : value.Trim().Normalize(NormalizationForm.FormC);

    public static string? CleanOrNull(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    /// <summary>
    /// At most <paramref name="maxLength"/> UTF-16 units, cut only between two text elements: never inside a surrogate
    /// pair (an emoji stored as U+FFFD) nor between a letter and its combining mark. For text that is not stored (a search
    /// query); text that is stored is refused over its limit instead, with a message.
    /// </summary>
    public static string Shorten(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(value);
        while (elements.MoveNext() && elements.ElementIndex + ((string)elements.Current).Length <= maxLength)
        {
            end = elements.ElementIndex + ((string)elements.Current).Length;
        }

        return value[..end];
    }

    /// <summary>Registration numbers are compared without spaces, dashes or case: "0101 234-567" is "0101234567".</summary>
    public static string? RegistrationNumber(string? value)
    {
        var cleaned = CleanOrNull(value);
        if (cleaned is null)
        {
            return null;
        }

        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned.Where(char.IsLetterOrDigit))
        {
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
