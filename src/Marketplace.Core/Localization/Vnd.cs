using System.Globalization;

namespace Marketplace.Localization;

/// <summary>
/// Formats whole đồng. VND has no minor unit, so amounts are <see cref="long"/> and never carry decimals.
/// Vietnamese puts the sign after the number (1.250.000 ₫), English before it (₫1,250,000).
/// </summary>
public static class Vnd
{
    private const string Sign = "₫";

    // A no-break space keeps the sign on the number's line on a narrow phone.
    private const char NoBreakSpace = '\u00A0';

    public static string Format(long amount, CultureInfo culture)
    {
        var number = Math.Abs(amount).ToString("N0", culture);
        var minus = amount < 0 ? culture.NumberFormat.NegativeSign : string.Empty;
        return Cultures.CodeOf(culture) == Cultures.EnglishCode
            ? $"{minus}{Sign}{number}"
            : $"{minus}{number}{NoBreakSpace}{Sign}";
    }
}
