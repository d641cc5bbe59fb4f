using System.ComponentModel.DataAnnotations;

namespace Marketplace.Data;

/// <summary>Settings under <c>Marketplace</c>.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    /// <summary>Folder for the SQLite file, the search index, media and the e-mail pickup folder. Relative paths start at the content root.</summary>
    [Required(ErrorMessage = "Set Marketplace:DataPath to a folder the site may write to, for example App_Data.")]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The address people reach the site at; links in e-mails sent outside a request (digests) start with it.</summary>
    [Required(ErrorMessage = "Set Marketplace:PublicUrl to the site's address, for example https://cho-htx.vn.")]
    [Url(ErrorMessage = "Marketplace:PublicUrl must be an absolute http or https address, for example https://cho-htx.vn.")]
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
