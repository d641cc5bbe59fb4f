using System.ComponentModel.DataAnnotations;

namespace Marketplace.Data;

/// <summary>Settings under <c>Marketplace</c>.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    /// <summary>Folder for the SQLite file, the search index, media and the e-mail pickup folder. Relative paths start at the content root.</summary>
    [Required(ErrorMessage = "Set Marketplace:DataPath to a folder the site may write to, for example App_Data.")]
    public string DataPath { get; set; } = "App_Data";
}
