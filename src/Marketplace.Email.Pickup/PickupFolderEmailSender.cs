using Marketplace.Data;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Marketplace.Email.Pickup;

/// <summary>Writes each message as an .eml file, so a single machine needs no mail server and a person (or a test) can open what was sent.</summary>
internal sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, DataPaths paths, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        mime.Date = clock.GetUtcNow();
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();

        var folder = paths.Resolve(settings.PickupFolder);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";

        // Write to a temporary name first so a reader never sees half a message.
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(folder, name));
    }
}
