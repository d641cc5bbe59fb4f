using System.ComponentModel.DataAnnotations;

namespace Marketplace.Data;

/// <summary>Settings under <c>Marketplace</c>.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    /// <summary>Folder for the SQLite file, the search index, media and the e-mail pickup folder. Relative paths start at the content root.</summary>
    [Required(ErrorMessage = "Set Marketplace:DataPath to a folder the site may write to, for example App_Data.")]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>
    /// The address people reach the site at (with its path, if it lives under one). Every absolute link the site
    /// writes (e-mails, canonical and hreflang links, the sitemap) starts with it, never with the Host a request
    /// claims: a forged Host must not put its own address into a password-reset e-mail.
    /// </summary>
    [Required(ErrorMessage = "Set Marketplace:PublicUrl to the site's address, for example https://cho-htx.vn.")]
    [Url(ErrorMessage = "Marketplace:PublicUrl must be an absolute http or https address, for example https://cho-htx.vn.")]
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>The scheme, host and port of <see cref="PublicUrl"/>: what a path that already holds the site's base is put after.</summary>
    public string PublicOrigin => new Uri(PublicUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The site's address in one language: Vietnamese at the root, English under /en.</summary>
    public string SiteAddress(bool english) => PublicUrl.TrimEnd('/') + (english ? "/en" : string.Empty);
}
