using System.Globalization;
using System.Net;
using System.Text;
using Marketplace.Data;
using Marketplace.Email;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Inquiries.Notify;

/// <summary>
/// For people who chose a daily digest: at most one e-mail a day listing the threads where the other party (or the
/// site) did something since the last digest, each with a link to the thread. Nothing new, no e-mail.
/// </summary>
public sealed class InquiryDigest(MarketplaceDbContext db, IEmailSender email, IStringLocalizer<Text> text, IOptions<MarketplaceOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<NotificationPreference>()
            .Where(p => p.InquiryEmails == InquiryEmails.DailyDigest && (p.LastDigestAtUtc == null || p.LastDigestAtUtc <= now - Period))
            .Join(db.Users.Where(u => u.EmailConfirmed && u.Email != null && u.OrganisationId != null), p => p.UserId, u => u.Id, (p, u) => new { Preference = p, User = u })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var person in due)
        {
            var since = person.Preference.LastDigestAtUtc ?? now - Period;
            var organisation = person.User.OrganisationId!.Value;
            var threads = await db.ThreadsOf(organisation)
                .Select(i => new
                {
                    i.Id,
                    Counterpart = db.Organisations.Where(o => o.Id == (i.BuyerOrganisationId == organisation ? i.CooperativeOrganisationId : i.BuyerOrganisationId)).Select(o => o.Name).FirstOrDefault(),
                    News = i.Events.Count(e => e.AtUtc > since && e.AtUtc <= now
                        && (e.Party == InquiryParty.System || (i.BuyerOrganisationId == organisation ? e.Party == InquiryParty.Cooperative : e.Party == InquiryParty.Buyer))),
                })
                .Where(t => t.News > 0).OrderByDescending(t => t.News).Take(50).ToListAsync(cancellationToken);
            person.Preference.LastDigestAtUtc = now;
            if (threads.Count > 0)
            {
                await email.SendAsync(Compose(person.User, threads.Select(t => (t.Id, t.Counterpart ?? string.Empty, t.News)).ToList()), cancellationToken);
                sent++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private EmailMessage Compose(Accounts.MarketplaceUser person, IReadOnlyList<(int Id, string Counterpart, int News)> threads)
    {
        var culture = Cultures.FromCode(person.PreferredCulture);
        using var speaking = Cultures.SpeakTemporarily(culture);
        var english = Cultures.CodeOf(culture) == Cultures.EnglishCode;
        var plain = new StringBuilder().AppendLine(text["Inquiries.Email.Greeting", person.FullName]).AppendLine();
        var html = new StringBuilder($"<p>{WebUtility.HtmlEncode(text["Inquiries.Email.Greeting", person.FullName])}</p><ul>");
        foreach (var (id, counterpart, news) in threads)
        {
            var line = text["Inquiries.Digest.Line", id, counterpart, news].Value;
            var link = InquiryNotifier.ThreadLink(options.Value, english, id);
            plain.AppendLine(CultureInfo.InvariantCulture, $"- {line}: {link}");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(line)}</a></li>");
        }

        html.Append("</ul>");
        return new EmailMessage(person.Email!, person.FullName, text["Inquiries.Digest.Subject", threads.Count], plain.ToString(), html.ToString());
    }
}
