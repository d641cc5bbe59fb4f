using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Email;
using Marketplace.Localization;
using Marketplace.Matching;
using Marketplace.ReferenceData;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Tests.Matching;

public abstract class MatchingTests<TSite>(TSite site)
    where TSite : SearchSite
{
    private async Task<MatchingWorld> WorldAsync()
    {
        var world = await site.InDatabaseAsync(MatchingWorld.CreateAsync);
        await site.IndexedAsync();
        return world;
    }

    private Task<IReadOnlyList<SupplyMatch>> MatchesAsync(MatchingWorld world) =>
        site.InScopeAsync(s => s.GetRequiredService<DemandMatcher>().ForDemandAsync(world.Demand, 20, CancellationToken.None));

    [Fact]
    public async Task A_demand_is_matched_with_products_that_hold_the_required_certificate_through_the_delivery_window()
    {
        var world = await WorldAsync();
        var matched = (await MatchesAsync(world)).Select(m => m.ProductId).ToList();

        Assert.Contains(world.Best.Id, matched);
        Assert.DoesNotContain(world.NoCertificate.Id, matched);
        Assert.DoesNotContain(world.CertificateLapsesBeforeDelivery.Id, matched);
    }

    [Fact]
    public async Task One_large_cooperative_does_not_fill_the_list()
    {
        var world = await WorldAsync();
        var matches = await MatchesAsync(world);
        Assert.Equal(DemandMatcher.PerCooperative, matches.Count(m => m.OrganisationId == world.Large.Id));
        Assert.All(matches.GroupBy(m => m.OrganisationId), g => Assert.True(g.Count() <= DemandMatcher.PerCooperative));
    }

    [Fact]
    public async Task Each_match_says_why_in_the_readers_language()
    {
        var world = await WorldAsync();
        var best = Assert.Single(await MatchesAsync(world), m => m.ProductId == world.Best.Id);
        Assert.Contains(best.Reasons, r => r is { Kind: MatchReasonKind.Certificate, Code: "vietgap", Met: true });
        Assert.Contains(best.Reasons, r => r is { Kind: MatchReasonKind.Capacity, Met: true, Have: 100_000, Need: 20_000 });
        Assert.Contains(best.Reasons, r => r is { Kind: MatchReasonKind.Harvest, Met: true });
        Assert.Contains(best.Reasons, r => r.Kind == MatchReasonKind.Verified);
        Assert.Contains(best.Reasons, r => r.Kind == MatchReasonKind.Distance);

        var (vi, en) = await site.InScopeAsync(async s =>
        {
            var tables = await s.GetRequiredService<ReferenceTablesCache>().GetAsync(CancellationToken.None);
            var text = s.GetRequiredService<IStringLocalizer<Text>>();
            return (new MatchExplainer(tables, text, english: false).Explain(best.Reasons), new MatchExplainer(tables, text, english: true).Explain(best.Reasons));
        });
        Assert.Contains(en, t => t.StartsWith("VietGAP valid until", StringComparison.Ordinal) && t.EndsWith('✓'));
        Assert.Contains("capacity 100 tonne/month ≥ 20 tonne/month needed ✓", en);
        Assert.Contains("harvest May–Aug covers delivery in Jun–Jul ✓", en);
        Assert.Contains("Sản lượng 100 tấn/tháng ≥ 20 tấn/tháng cần ✓", vi);
        Assert.Contains("Thu hoạch tháng 5–8, trùng kỳ giao hàng (tháng 6–7) ✓", vi);
    }

    [Fact]
    public async Task A_product_finds_the_open_demands_it_can_fill_and_not_closed_or_expired_ones()
    {
        var world = await WorldAsync();
        var demands = await site.InScopeAsync(s => s.GetRequiredService<DemandMatcher>().ForProductAsync(world.Best.Id, 20, CancellationToken.None));
        Assert.Contains(demands, d => d.DemandId == world.Demand.Id);
        var none = await site.InScopeAsync(s => s.GetRequiredService<DemandMatcher>().ForProductAsync(world.NoCertificate.Id, 20, CancellationToken.None));
        Assert.DoesNotContain(none, d => d.DemandId == world.Demand.Id);

        await site.InDatabaseAsync(db => db.Demands.Where(d => d.Id == world.Demand.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ValidUntil, MatchingWorld.Today.AddDays(-1))));
        var expired = await site.InScopeAsync(s => s.GetRequiredService<DemandMatcher>().ForProductAsync(world.Best.Id, 20, CancellationToken.None));
        Assert.DoesNotContain(expired, d => d.DemandId == world.Demand.Id);
    }

    [Fact]
    public async Task Both_sides_are_told_once_however_often_the_product_changes()
    {
        var world = await WorldAsync();
        Task<List<Marketplace.Matching.MatchNotification>> NotificationsAsync() =>
            site.InDatabaseAsync(db => db.MatchNotifications.Where(n => n.DemandId == world.Demand.Id).ToListAsync());

        var told = await NotificationsAsync();
        Assert.Contains(told, n => n is { Direction: MatchDirection.DemandForCooperative } && n.RecipientOrganisationId == world.Fits.Id && n.ProductId == world.Best.Id);
        Assert.Contains(told, n => n is { Direction: MatchDirection.SupplyForBuyer } && n.RecipientOrganisationId == world.Buyer.Id && n.ProductId == world.Best.Id);
        Assert.DoesNotContain(told, n => n.ProductId == world.NoCertificate.Id || n.ProductId == world.CertificateLapsesBeforeDelivery.Id);

        for (var edit = 0; edit < 3; edit++)
        {
            await site.InDatabaseAsync(async db =>
            {
                var product = await db.Products.SingleAsync(p => p.Id == world.Best.Id);
                product.DescriptionVi = $"Lần sửa {edit}";
                await db.SaveChangesAsync();
                return true;
            });
            await site.IndexedAsync();
        }

        Assert.Equal(told.Count, (await NotificationsAsync()).Count);
    }

    [Fact]
    public async Task The_digest_goes_to_each_person_at_most_once_a_day_and_the_rest_waits_for_tomorrow()
    {
        var world = await WorldAsync();
        var email = People.Email();
        await site.InDatabaseAsync(async db =>
        {
            db.Users.Add(new MarketplaceUser
            {
                UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true, FullName = "Chị Lan", OrganisationId = world.Fits.Id, PreferredCulture = "en", SecurityStamp = Guid.NewGuid().ToString(),
            });
            await db.SaveChangesAsync();
            return true;
        });

        Task<int> SendAsync(TimeProvider clock) => site.InScopeAsync(s => new MatchDigest(
            s.GetRequiredService<MarketplaceDbContext>(), s.GetRequiredService<IEmailSender>(), s.GetRequiredService<IStringLocalizer<Text>>(),
            s.GetRequiredService<IOptions<MarketplaceOptions>>(), clock).SendDueAsync(CancellationToken.None));

        await SendAsync(TimeProvider.System);
        var digest = Assert.Single(Mailbox.For(site, email));
        Assert.Contains(world.Demand.Title, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("/en/demands/" + world.Demand.Id, digest.TextBody, StringComparison.Ordinal);

        // A new match the same day waits; the next day it goes out.
        await site.InDatabaseAsync(async db =>
        {
            db.MatchNotifications.Add(new MatchNotification
            {
                RecipientOrganisationId = world.Fits.Id, Direction = MatchDirection.DemandForCooperative, DemandId = world.Demand.Id,
                ProductId = world.NoCertificate.Id, CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return true;
        });
        await SendAsync(TimeProvider.System);
        Assert.Single(Mailbox.For(site, email));

        await SendAsync(new ShiftedClock(TimeSpan.FromDays(1)));
        Assert.Equal(2, Mailbox.For(site, email).Count);
        Assert.Equal(0, await site.InDatabaseAsync(db => db.MatchNotifications.CountAsync(n => n.RecipientOrganisationId == world.Fits.Id && n.EmailedAtUtc == null)));
    }

    private sealed class ShiftedClock(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
    }
}

public sealed class SqliteMatchingTests(SqliteSearchSite site) : MatchingTests<SqliteSearchSite>(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresMatchingTests(PostgresSearchSite site) : MatchingTests<PostgresSearchSite>(site), IClassFixture<PostgresSearchSite>;
