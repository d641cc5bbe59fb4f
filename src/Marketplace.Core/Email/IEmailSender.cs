namespace Marketplace.Email;

public sealed record EmailMessage(string To, string ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>The e-mail port. The embedded default writes .eml files to a pickup folder; SMTP comes later behind the same port.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
