using System.Globalization;
using System.Net;
using System.Text;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Email;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Matching;

/// <summary>
/// E-mails new matches to the people of each organisation told of them: one digest a day at most per person (the
/// Vietnam day), in the person's language. Matches that arrive after today's digest wait for tomorrow's.
/// </summary>
public sealed class MatchDigest(MarketplaceDbContext db, IEmailSender email, IStringLocalizer<Text> text, IOptions<MarketplaceOptions> options, TimeProvider clock)
{
    private const int MaxLines = 20;

    /// <summary>Sends what is due; returns the number of e-mails sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.MatchNotifications.Where(n => n.EmailedAtUtc == null).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var group in pending.GroupBy(n => n.RecipientOrganisationId))
        {
            var people = await db.Users.AsNoTracking()
                .Where(u => u.OrganisationId == group.Key && u.EmailConfirmed && u.Email != null)
                .Where(u => !db.DigestDeliveries.Any(d => d.UserId == u.Id && d.Day == today))
                .ToListAsync(cancellationToken);
            if (people.Count == 0)
            {
                // Everyone had today's digest already (or nobody can receive one): these wait.
                continue;
            }

            var lines = await LinesAsync(group.OrderByDescending(n => n.CreatedAtUtc).ToList(), cancellationToken);
            foreach (var person in people)
            {
                await email.SendAsync(Compose(person, lines), cancellationToken);
                db.DigestDeliveries.Add(new DigestDelivery { UserId = person.Id, Day = today, SentAtUtc = now });
                sent++;
            }

            foreach (var notification in group)
            {
                notification.EmailedAtUtc = now;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private sealed record Line(MatchDirection Direction, int DemandId, string DemandTitle, int ProductId, string ProductVi, string ProductEn, string Cooperative);

    private async Task<List<Line>> LinesAsync(List<MatchNotification> notifications, CancellationToken cancellationToken)
    {
        var demandIds = notifications.Select(n => n.DemandId).Distinct().ToList();
        var productIds = notifications.Select(n => n.ProductId).Distinct().ToList();
        var demands = await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, cancellationToken);
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Id, p.NameVi, p.NameEn, o.Name })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return notifications
            .Where(n => demands.ContainsKey(n.DemandId) && products.ContainsKey(n.ProductId))
            .Select(n =>
            {
                var product = products[n.ProductId];
                return new Line(n.Direction, n.DemandId, demands[n.DemandId], n.ProductId, product.NameVi, Bilingual.Pick(product.NameVi, product.NameEn, wantEnglish: true), product.Name);
            })
            .ToList();
    }

    private EmailMessage Compose(Accounts.MarketplaceUser person, List<Line> lines)
    {
        var culture = Cultures.FromCode(person.PreferredCulture);
        var english = culture.Name == Cultures.English.Name;
        using var speaking = Cultures.SpeakTemporarily(culture);
        var site = options.Value.SiteAddress(english);
        var plain = new StringBuilder().AppendLine(text["Digest.Greeting", person.FullName]).AppendLine();
        var html = new StringBuilder($"<p>{WebUtility.HtmlEncode(text["Digest.Greeting", person.FullName])}</p><ul>");
        foreach (var line in lines.Take(MaxLines))
        {
            var product = english ? line.ProductEn : line.ProductVi;
            var (sentence, link) = line.Direction == MatchDirection.DemandForCooperative
                ? (text["Digest.DemandForCooperative", line.DemandTitle, product].Value, $"{site}/demands/{line.DemandId}")
                : (text["Digest.SupplyForBuyer", line.DemandTitle, product, line.Cooperative].Value, $"{site}/products/{line.ProductId}/{Slugs.For(product)}");
            plain.AppendLine($"- {sentence}: {link}");
            html.Append(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(sentence)}: <a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></li>");
        }

        if (lines.Count > MaxLines)
        {
            plain.AppendLine(text["Digest.More", lines.Count - MaxLines]);
            html.Append(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(text["Digest.More", lines.Count - MaxLines])}</li>");
        }

        var all = $"{site}/manage/matches";
        plain.AppendLine().AppendLine($"{text["Digest.SeeAll"]}: {all}");
        html.Append(CultureInfo.InvariantCulture, $"</ul><p><a href=\"{WebUtility.HtmlEncode(all)}\">{WebUtility.HtmlEncode(text["Digest.SeeAll"])}</a></p>");
        return new EmailMessage(person.Email!, person.FullName, text["Digest.Subject", lines.Count], plain.ToString(), html.ToString());
    }
}

/// <summary>Looks for due digests every few minutes; the once-a-day rule lives in <see cref="MatchDigest"/>.</summary>
internal sealed class MatchDigestWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MatchDigestWorker> logger) : Workers.PeriodicWorker(scopes, clock, logger)
{
    protected override TimeSpan Every => TimeSpan.FromMinutes(5);

    protected override string Work => "Match digests";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<MatchDigest>().SendDueAsync(cancellationToken);
}

public static class MatchingModule
{
    public static IServiceCollection AddMatching(this IServiceCollection services, bool runWorkers) =>
        runWorkers
            ? services.AddScoped<DemandMatcher>().AddScoped<MatchDigest>().AddScoped<MatchInbox>().AddScoped<DemandMatchesReader>().AddScoped<Search.Indexing.IIndexedListener, MatchNotifier>().AddHostedService<MatchDigestWorker>()
            : services.AddScoped<DemandMatcher>().AddScoped<MatchDigest>().AddScoped<MatchInbox>().AddScoped<DemandMatchesReader>().AddScoped<Search.Indexing.IIndexedListener, MatchNotifier>();
}
