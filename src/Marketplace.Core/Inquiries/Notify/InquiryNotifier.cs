using System.Net;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Email;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Inquiries.Notify;

/// <summary>
/// Tells the other party of a thread what happened, by e-mail, in each person's language, with a link straight to
/// the thread (from Marketplace:PublicUrl, never the request). People who chose a daily digest hear of it in
/// <see cref="InquiryDigest"/>; those who chose off only see it in the site's inbox, which always shows it.
/// A failing mail server never fails the move: the e-mail port keeps the message until it can be sent.
/// </summary>
public sealed class InquiryNotifier(MarketplaceDbContext db, IEmailSender email, IStringLocalizer<Text> text, IOptions<MarketplaceOptions> options, ILogger<InquiryNotifier> logger)
{
    /// <param name="newThread">The buyer's first message: a new inquiry.</param>
    public async Task NotifyAsync(Inquiry inquiry, InquiryEvent recorded, bool newThread, CancellationToken cancellationToken)
    {
        var recipients = recorded.Party switch
        {
            InquiryParty.Buyer => [inquiry.CooperativeOrganisationId],
            InquiryParty.Cooperative => [inquiry.BuyerOrganisationId],
            _ => new[] { inquiry.BuyerOrganisationId, inquiry.CooperativeOrganisationId },
        };
        var people = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId != null && recipients.Contains(u.OrganisationId.Value) && u.EmailConfirmed && u.Email != null && u.Id != recorded.ByUserId)
            .Where(u => !db.Set<NotificationPreference>().Any(p => p.UserId == u.Id && p.InquiryEmails != InquiryEmails.EachEvent))
            .ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return;
        }

        var counterparts = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == inquiry.BuyerOrganisationId || o.Id == inquiry.CooperativeOrganisationId)
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        foreach (var person in people)
        {
            try
            {
                await email.SendAsync(Compose(person, inquiry, recorded, newThread, counterparts), cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Could not hand the notification of inquiry {InquiryId} to the e-mail port", inquiry.Id);
            }
        }
    }

    private EmailMessage Compose(MarketplaceUser person, Inquiry inquiry, InquiryEvent recorded, bool newThread, Dictionary<int, string> names)
    {
        var culture = Cultures.FromCode(person.PreferredCulture);
        using var speaking = Cultures.SpeakTemporarily(culture);
        var english = Cultures.CodeOf(culture) == Cultures.EnglishCode;
        var link = ThreadLink(options.Value, english, inquiry.Id);
        var from = recorded.Party switch
        {
            InquiryParty.Buyer => names.GetValueOrDefault(inquiry.BuyerOrganisationId, string.Empty),
            InquiryParty.Cooperative => names.GetValueOrDefault(inquiry.CooperativeOrganisationId, string.Empty),
            _ => text["Inquiries.Party.System"].Value,
        };
        var what = text[$"Inquiries.Email.{(newThread ? "New" : recorded.Action.ToString())}", from, inquiry.Id].Value;
        var subject = text["Inquiries.Email.Subject", inquiry.Id, what].Value;
        // The site's own events carry a resource key (why a thread expired), the parties' their own words.
        var words = recorded.Party == InquiryParty.System && recorded.Text is { } key ? text[key].Value : recorded.Text;
        var quote = words is null ? null : TextNormalizer.Shorten(words, 600);
        var plain = $"{text["Inquiries.Email.Greeting", person.FullName]}\n\n{what}\n{(quote is null ? string.Empty : $"\n“{quote}”\n")}\n{text["Inquiries.Email.Open"]}: {link}\n\n{text["Inquiries.Email.Preferences"]}: {options.Value.SiteAddress(english)}/inquiries/settings\n";
        var html = $"<p>{Encode(text["Inquiries.Email.Greeting", person.FullName])}</p><p>{Encode(what)}</p>"
            + (quote is null ? string.Empty : $"<blockquote>{Encode(quote).Replace("\n", "<br>", StringComparison.Ordinal)}</blockquote>")
            + $"<p><a href=\"{Encode(link)}\">{Encode(text["Inquiries.Email.Open"])}</a></p>"
            + $"<p><small><a href=\"{Encode(options.Value.SiteAddress(english))}/inquiries/settings\">{Encode(text["Inquiries.Email.Preferences"])}</a></small></p>";
        return new EmailMessage(person.Email!, person.FullName, subject, plain, html);
    }

    public static string ThreadLink(MarketplaceOptions options, bool english, int inquiryId) => $"{options.SiteAddress(english)}/inquiries/{inquiryId}";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
