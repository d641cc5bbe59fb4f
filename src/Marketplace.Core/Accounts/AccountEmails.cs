using System.Net;
using Marketplace.Email;
using Marketplace.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Accounts;

/// <summary>Composes account e-mails in the current UI culture (the one the person used on the site).</summary>
public sealed class AccountEmails(IEmailSender sender, IAccountLinks links, IStringLocalizer<Localization.Text> text)
{
    public Task SendConfirmationAsync(MarketplaceUser user, string token, CancellationToken cancellationToken) =>
        SendAsync(user, text["Email.Confirm.Subject"], text["Email.Confirm.Body", user.FullName], links.ConfirmEmail(user.Id, token), text["Email.Confirm.Action"], cancellationToken);

    public Task SendPasswordResetAsync(MarketplaceUser user, string token, CancellationToken cancellationToken) =>
        SendAsync(user, text["Email.Reset.Subject"], text["Email.Reset.Body", user.FullName], links.ResetPassword(user.Email!, token), text["Email.Reset.Action"], cancellationToken);

    private Task SendAsync(MarketplaceUser user, string subject, string body, string link, string action, CancellationToken cancellationToken)
    {
        var textBody = $"{body}\n\n{action}: {link}\n";
        var html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(action)}</a></p>";
        return sender.SendAsync(new EmailMessage(user.Email!, user.FullName, subject, textBody, html), cancellationToken);
    }
}
