using Marketplace.Data;
using Microsoft.Extensions.Options;

namespace Marketplace.Email.Pickup;

/// <summary>Writes each message as an .eml file, so a single machine needs no mail server and a person (or a test) can open what was sent.</summary>
internal sealed class PickupFolderTransport(IOptions<EmailOptions> options, DataPaths paths) : IEmailTransport
{
    public async Task DeliverAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = EmailMime.Compose(email, settings);
        var folder = paths.Resolve(settings.PickupFolder);
        Directory.CreateDirectory(folder);

        // Named by the outbox entry, so a retried message replaces its file instead of appearing twice.
        var name = $"{email.CreatedAt:yyyyMMddTHHmmssfff}-{FileNameOf(email.MessageId)}.eml";

        // Write to a temporary name first so a reader never sees half a message.
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }

    private static string FileNameOf(string messageId) =>
        string.Concat(messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
