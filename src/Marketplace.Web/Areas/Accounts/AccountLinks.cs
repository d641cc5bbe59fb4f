using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Areas.Accounts;

/// <summary>
/// Absolute links for account e-mails: Marketplace:PublicUrl, the reader's language prefix, and the action's path.
/// Never the request's Host, which anyone can set (password-reset poisoning).
/// </summary>
internal sealed class AccountLinks(IOptions<MarketplaceOptions> options, LinkGenerator links) : IAccountLinks
{
    public string ConfirmEmail(string userId, string token) =>
        Link("ConfirmEmail", new { userId, token });

    public string ResetPassword(string email, string token) =>
        Link("ResetPassword", new { email, token });

    private string Link(string action, object values)
    {
        // Generated without the request's path base: PublicUrl already says where the site lives.
        var path = links.GetPathByAction(action, "Account", new RouteValueDictionary(values) { ["area"] = "Accounts" }, PathString.Empty)
            ?? throw new InvalidOperationException($"No route to Account.{action}.");
        return options.Value.SiteAddress(Cultures.CurrentIsEnglish) + path;
    }
}
