using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

public sealed class MarketplaceUser : IdentityUser
{
    public required string FullName { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>vi or en: the language of e-mails sent to this person.</summary>
    public string PreferredCulture { get; set; } = "vi";

    public DateTime CreatedAtUtc { get; set; }
}
