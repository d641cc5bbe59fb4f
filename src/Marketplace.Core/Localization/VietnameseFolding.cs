using System.Globalization;
using System.Text;

namespace Marketplace.Localization;

/// <summary>
/// Vietnamese is often typed without its marks: "ca phe" must find "cà phê", "dac san" must find "đặc sản".
/// Folding removes the marks (and turns đ into d) and lower-cases, so both sides compare alike.
/// </summary>
public static class VietnameseFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ' or 'Đ':
                    builder.Append('d');
                    break;
                case var mark when CharUnicodeInfo.GetUnicodeCategory(mark) == UnicodeCategory.NonSpacingMark:
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when every word of the query appears in the text, marks and case aside.</summary>
    public static bool ContainsAllWords(string text, string query)
    {
        var folded = Fold(text);
        return Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(word => folded.Contains(word, StringComparison.Ordinal));
    }
}
