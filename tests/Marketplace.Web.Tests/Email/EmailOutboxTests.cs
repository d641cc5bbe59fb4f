using System.Net;
using Marketplace.Email;
using Marketplace.Email.Outbox;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Tests.Email;

/// <summary>
/// Mail goes through the outbox to a real SMTP conversation (MailKit against <see cref="FakeSmtpServer"/> on
/// 127.0.0.1). While the server is down or busy the site keeps working and keeps every message; once it is back,
/// each notification arrives exactly once, however many deliveries run.
/// </summary>
public abstract class EmailOutboxTests<TSite>(TSite site)
    where TSite : SmtpMarketplace
{
    [Fact]
    public async Task Notifications_sent_while_the_mail_server_is_down_or_busy_arrive_exactly_once_after_it_recovers()
    {
        site.Smtp.Now = FakeSmtpServer.State.Up;
        var world = await ThreadWorld.CreateAsync(site);
        var before = await LastEntryAsync();

        // Down (421 at the greeting) for the inquiry, busy (451) for the quotation: the buyer and the cooperative see no failure.
        site.Smtp.Now = FakeSmtpServer.State.Down;
        var thread = await world.SendAsync();
        site.Smtp.Now = FakeSmtpServer.State.Busy;
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(thread, 28_000)).StatusCode);

        var waiting = await EntriesAfterAsync(before);
        Assert.Contains(waiting, e => e.To == world.CooperativeEmail);
        Assert.Contains(waiting, e => e.To == world.BuyerEmail);
        Assert.All(waiting, e => Assert.True(e is { SentAtUtc: null, GaveUpAtUtc: null, Attempts: 1, LastError: not null } && e.NextAttemptAtUtc > site.Clock.GetUtcNow().UtcDateTime, $"{e.To}: {e.Attempts} attempts, {e.LastError}"));
        Assert.DoesNotContain(site.Smtp.Received, m => IdsOf(waiting).Contains(m.MessageId ?? string.Empty));

        // Before the back-off ends nothing is tried; after it, a busy server fails the first and the pass stops there.
        Assert.Equal(0, await DeliverAsync());
        site.Clock.MoveOn(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await DeliverAsync());

        // Back up: two workers at once, then more passes later; each message goes once.
        site.Smtp.Now = FakeSmtpServer.State.Up;
        site.Clock.MoveOn(TimeSpan.FromMinutes(10));
        await Task.WhenAll(DeliverAsync(), DeliverAsync());
        site.Clock.MoveOn(TimeSpan.FromHours(2));
        await DeliverAsync();

        var delivered = await EntriesAfterAsync(before);
        Assert.All(delivered, e => Assert.NotNull(e.SentAtUtc));
        var ids = IdsOf(delivered);
        var arrived = site.Smtp.Received.Select(m => m.MessageId ?? string.Empty).Where(ids.Contains).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), arrived.Order(StringComparer.Ordinal));

        // And they are the notifications people expect, in their inboxes.
        Assert.Contains(Mailbox.For(site, world.CooperativeEmail), m => Mailbox.Links(m).Any(l => l.EndsWith($"/inquiries/{thread}", StringComparison.Ordinal)));
        Assert.Contains(Mailbox.For(site, world.BuyerEmail), m => Mailbox.Links(m).Any(l => l.Contains($"/inquiries/{thread}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_for_good_is_given_up_at_once_and_never_tried_again()
    {
        site.Smtp.Now = FakeSmtpServer.State.Up;
        var before = await LastEntryAsync();
        await site.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("refused-" + Guid.NewGuid().ToString("N") + "@example.vn", "Không có", "Thử", "Nội dung", "<p>Nội dung</p>"), CancellationToken.None);
            return 0;
        });

        var entry = Assert.Single(await EntriesAfterAsync(before));
        Assert.True(entry is { SentAtUtc: null, Attempts: 1 } && entry.GaveUpAtUtc is not null, entry.LastError);
        Assert.Contains("550", entry.LastError, StringComparison.Ordinal);

        site.Clock.MoveOn(TimeSpan.FromDays(1));
        await DeliverAsync();
        Assert.Equal(1, (await EntriesAfterAsync(before)).Single().Attempts);
    }

    [Fact]
    public void The_wait_doubles_from_the_first_retry_up_to_the_longest()
    {
        var settings = new EmailOptions { FirstRetrySeconds = 60, LongestRetryMinutes = 60 };

        Assert.Equal(
            [1, 2, 4, 8, 16, 32, 60, 60],
            Enumerable.Range(1, 8).Select(attempt => EmailDelivery.WaitAfter(attempt, settings).TotalMinutes));
    }

    private Task<int> DeliverAsync() =>
        site.InScopeAsync(services => services.GetRequiredService<EmailDelivery>().DeliverDueAsync(CancellationToken.None));

    private Task<long> LastEntryAsync() =>
        site.InDatabaseAsync(async db => await db.Set<EmailOutboxEntry>().MaxAsync(e => (long?)e.Id) ?? 0);

    private Task<List<EmailOutboxEntry>> EntriesAfterAsync(long id) =>
        site.InDatabaseAsync(db => db.Set<EmailOutboxEntry>().AsNoTracking().Where(e => e.Id > id).OrderBy(e => e.Id).ToListAsync());

    private HashSet<string> IdsOf(IEnumerable<EmailOutboxEntry> entries)
    {
        var from = site.Services.GetRequiredService<IOptions<EmailOptions>>().Value.From;
        return [.. entries.Select(e => EmailDelivery.MessageIdOf(e, from))];
    }
}

/// <summary>The site with Marketplace:Email:Transport = Smtp, talking to a fake server of its own.</summary>
public abstract class SmtpMarketplace : MarketplaceFactory
{
    private FakeSmtpServer? smtp;

    public FakeSmtpServer Smtp => smtp ??= new FakeSmtpServer(PickupFolder);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (smtp is not null)
        {
            await smtp.DisposeAsync();
        }
    }

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Marketplace:Email:Transport"] = "Smtp";
        settings["Marketplace:Email:Smtp:Host"] = "127.0.0.1";
        settings["Marketplace:Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Marketplace:Email:Smtp:Security"] = "None";
        settings["Marketplace:Email:Smtp:TimeoutSeconds"] = "10";
        return settings;
    }
}

public sealed class SqliteSmtpMarketplace : SmtpMarketplace
{
    public override string ProviderName => "Sqlite";
}

public sealed class PostgresSmtpMarketplace : SmtpMarketplace
{
    public override string ProviderName => "Postgres";
}

public sealed class SqliteEmailOutboxTests(SqliteSmtpMarketplace site) : EmailOutboxTests<SqliteSmtpMarketplace>(site), IClassFixture<SqliteSmtpMarketplace>;

public sealed class PostgresEmailOutboxTests(PostgresSmtpMarketplace site) : EmailOutboxTests<PostgresSmtpMarketplace>(site), IClassFixture<PostgresSmtpMarketplace>;
