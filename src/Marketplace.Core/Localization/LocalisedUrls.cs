namespace Marketplace.Localization;

/// <summary>The current page's address in each language, for the language switch and hreflang links.</summary>
public sealed record LocalisedUrls(string CultureCode, string VietnameseUrl, string EnglishUrl)
{
    public bool IsEnglish => CultureCode == Cultures.EnglishCode;

    /// <summary>The original path base (before the /en prefix): where the site itself is mounted.</summary>
    public string SiteBase { get; init; } = string.Empty;
}
