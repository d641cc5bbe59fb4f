namespace Marketplace.Localization;

/// <summary>
/// Names and descriptions are written in Vietnamese and optionally in English: an English page shows the English
/// text when there is one, else the Vietnamese (never an empty name).
/// </summary>
public static class Bilingual
{
    public static string Pick(string vietnamese, string? english, bool wantEnglish) =>
        wantEnglish && !string.IsNullOrWhiteSpace(english) ? english : vietnamese;

    public static string? PickOptional(string? vietnamese, string? english, bool wantEnglish) =>
        wantEnglish && !string.IsNullOrWhiteSpace(english) ? english : vietnamese;

    /// <summary>The language of what <see cref="PickOptional"/> chose, for the lang attribute of fallback text.</summary>
    public static string LanguageOf(string? english, bool wantEnglish) =>
        wantEnglish && !string.IsNullOrWhiteSpace(english) ? Cultures.EnglishCode : Cultures.VietnameseCode;
}
