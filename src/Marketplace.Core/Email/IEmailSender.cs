namespace Marketplace.Email;

public sealed record EmailMessage(string To, string ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>
/// The e-mail port the modules use. It keeps the message in the e-mail outbox and tries to deliver it at once; a
/// message the transport cannot take now is retried with back-off, so a mail server that is down loses nothing.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <param name="MessageId">The same on every attempt, so a receiver that got a message twice can tell.</param>
public sealed record OutgoingEmail(EmailMessage Message, string MessageId, DateTimeOffset CreatedAt);

/// <summary>
/// How a message leaves the site: a pickup folder of .eml files (one machine, no mail server) or SMTP. Throws
/// <see cref="EmailRefusedException"/> when the message can never go (an address the server refuses for good); any
/// other exception means "not now" and the outbox tries again later.
/// </summary>
public interface IEmailTransport
{
    Task DeliverAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <summary>The transport refused the message for good (an SMTP 5xx reply): trying again would not help.</summary>
public sealed class EmailRefusedException(string message, Exception? inner = null) : Exception(message, inner);
