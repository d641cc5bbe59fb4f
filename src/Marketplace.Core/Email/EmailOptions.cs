using System.ComponentModel.DataAnnotations;

namespace Marketplace.Email;

/// <summary>Settings under <c>Marketplace:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Marketplace:Email";

    [Required(ErrorMessage = "Set Marketplace:Email:From to the address e-mails are sent from, for example no-reply@example.vn.")]
    [EmailAddress(ErrorMessage = "Marketplace:Email:From must be an e-mail address, for example no-reply@example.vn.")]
    public string From { get; set; } = "no-reply@marketplace.local";

    public string FromName { get; set; } = "Kết nối HTX";

    /// <summary>Folder for .eml files; relative to Marketplace:DataPath. Empty means mail-pickup.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";
}
