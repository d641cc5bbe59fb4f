using MimeKit;

namespace Marketplace.Email;

/// <summary>
/// One MIME shape for every transport: the same message in the pickup folder and over SMTP. The SMTP adapter compiles
/// this same file (adapters reference no other adapter, ADR 0014), hence internal.
/// </summary>
internal static class EmailMime
{
    public static MimeMessage Compose(OutgoingEmail email, EmailOptions settings)
    {
        var message = email.Message;
        var mime = new MimeMessage { MessageId = email.MessageId, Date = email.CreatedAt, Subject = message.Subject };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
