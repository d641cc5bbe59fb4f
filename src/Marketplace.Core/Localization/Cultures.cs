using System.Globalization;

namespace Marketplace.Localization;

/// <summary>The two cultures the site speaks. Vietnamese is the default and has no URL prefix; English lives under /en.</summary>
public static class Cultures
{
    public const string VietnameseCode = "vi";
    public const string EnglishCode = "en";

    /// <summary>Vietnamese as written in Vietnam: 1.250.000, dd/MM/yyyy.</summary>
    public static CultureInfo Vietnamese { get; } = CultureInfo.ReadOnly(new CultureInfo("vi-VN"));

    /// <summary>English for a Vietnamese marketplace: 1,250,000 with day-first dates.</summary>
    public static CultureInfo English { get; } = CultureInfo.ReadOnly(new CultureInfo("en-GB"));

    public static IReadOnlyList<CultureInfo> All { get; } = [Vietnamese, English];

    /// <summary>Certificates expire and harvests start on Vietnamese calendar days, whatever the server's time zone.</summary>
    public static TimeZoneInfo VietnamTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly TodayInVietnam(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime).DateTime);

    public static CultureInfo FromCode(string? code) =>
        string.Equals(code, EnglishCode, StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;

    /// <summary>The language of the request being handled (set from its URL by the web host).</summary>
    public static string CurrentCode => CodeOf(CultureInfo.CurrentUICulture);

    public static bool CurrentIsEnglish => CurrentCode == EnglishCode;

    public static string CodeOf(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == EnglishCode ? EnglishCode : VietnameseCode;

    /// <summary>
    /// Texts in <paramref name="culture"/> until disposed, then the previous language again: for work outside a request
    /// in someone else's language (an e-mail in the recipient's, API reasons in lang=en's).
    /// </summary>
    public static IDisposable SpeakTemporarily(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        return new Restore(previous);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
