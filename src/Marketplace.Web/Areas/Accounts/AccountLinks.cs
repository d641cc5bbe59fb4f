using Marketplace.Accounts;

namespace Marketplace.Web.Areas.Accounts;

/// <summary>Builds absolute links for account e-mails from the current request, so they keep its host and language prefix.</summary>
internal sealed class AccountLinks(IHttpContextAccessor accessor, LinkGenerator links) : IAccountLinks
{
    public string ConfirmEmail(string userId, string token) =>
        Link("ConfirmEmail", new { userId, token });

    public string ResetPassword(string email, string token) =>
        Link("ResetPassword", new { email, token });

    private string Link(string action, object values)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("Account e-mails are sent while handling a request.");
        return links.GetUriByAction(context, action, "Account", new RouteValueDictionary(values) { ["area"] = "Accounts" })
            ?? throw new InvalidOperationException($"No route to Account.{action}.");
    }
}
