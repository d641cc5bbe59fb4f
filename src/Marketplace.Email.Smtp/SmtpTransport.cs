using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Email.Smtp;

/// <summary>
/// Sends through a mail server with MailKit, one connection per message (the outbox paces them). A 5xx refusal of
/// the recipient or of the message is final; everything else (no answer, 4xx, a dropped connection) is "not now".
/// </summary>
internal sealed class SmtpTransport(IOptions<SmtpOptions> smtp, IOptions<EmailOptions> email) : IEmailTransport
{
    public async Task DeliverAsync(OutgoingEmail outgoing, CancellationToken cancellationToken)
    {
        var settings = smtp.Value;
        var mime = EmailMime.Compose(outgoing, email.Value);
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security), cancellationToken);
            if (settings.UserName.Length > 0)
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500
            && refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            throw new EmailRefusedException($"The mail server refused the message ({(int)refused.StatusCode}): {refused.Message}", refused);
        }
    }
}

public static class SmtpEmailModule
{
    /// <summary>The e-mail transport over SMTP, keyed <c>Smtp</c>; needs EmailOptions and SmtpOptions registered.</summary>
    public static IServiceCollection AddSmtpEmail(this IServiceCollection services) =>
        services.AddKeyedSingleton<IEmailTransport, SmtpTransport>(EmailOptions.SmtpTransport);
}
