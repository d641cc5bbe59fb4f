using System.Globalization;

namespace Marketplace.Localization;

/// <summary>
/// Formats whole đồng. VND has no minor unit, so amounts are <see cref="long"/> and never carry decimals.
/// Vietnamese puts the sign after the number (1.250.000 ₫), English before it (₫1,250,000).
/// </summary>
public static class Vnd
{
    private const string Sign = "₫";

    // A plain space: HTML encoders write a no-break space as &#xA0;. Pages keep the amount on one line with CSS (.money).
    private const char Space = ' ';

    public static string Format(long amount, CultureInfo culture)
    {
        var number = Math.Abs(amount).ToString("N0", culture);
        var minus = amount < 0 ? culture.NumberFormat.NegativeSign : string.Empty;
        return Cultures.CodeOf(culture) == Cultures.EnglishCode
            ? $"{minus}{Sign}{number}"
            : $"{minus}{number}{Space}{Sign}";
    }
}
