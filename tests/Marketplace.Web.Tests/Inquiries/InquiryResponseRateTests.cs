using System.Net;
using Marketplace.Localization;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.Web.Tests.Infrastructure.ThreadWorld;

namespace Marketplace.Web.Tests.Inquiries;

/// <summary>
/// The response rate on a cooperative's profile and in search results, from threads made and answered through the
/// pages at moments of the past (the site's clock moved back): 90 days up to 48 hours ago, answered within 48 hours,
/// a decline with its reason counts, fewer than 5 inquiries is "not enough data yet", and the rule is on the page.
/// </summary>
public abstract class InquiryResponseRateTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task The_profile_and_search_show_the_share_answered_within_48_hours_and_the_median_first_answer()
    {
        var world = await CreateAsync(site);
        var organisation = await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == world.CooperativeEmail).Select(u => u.OrganisationId!.Value).SingleAsync());
        var profile = $"/cooperatives/{organisation}";
        try
        {
            await ThreadAtAsync(world, daysAgo: 100, answerAfter: TimeSpan.FromHours(1), "Message");   // outside the 90 days
            await ThreadAtAsync(world, daysAgo: 10, answerAfter: TimeSpan.FromHours(2), "Message");
            await ThreadAtAsync(world, daysAgo: 9, answerAfter: TimeSpan.FromHours(30), "Quote");
            await ThreadAtAsync(world, daysAgo: 8, answerAfter: TimeSpan.FromHours(72), "Message");    // answered, but late
            await ThreadAtAsync(world, daysAgo: 7, answerAfter: TimeSpan.FromHours(1), "Decline");
            Assert.Contains("Chưa đủ dữ liệu", await PageAsync(world, profile), StringComparison.Ordinal);

            await ThreadAtAsync(world, daysAgo: 6, answerAfter: null, null);                         // never answered
            await ThreadAtAsync(world, daysAgo: 0, answerAfter: null, null);                         // still within its 48 hours
        }
        finally
        {
            site.Clock.Reset();
        }

        // 5 counted, 3 in time (2 h, 30 h, the decline's 1 h); first answers 1, 2, 30, 72 h: median 16 h.
        var page = await PageAsync(world, profile);
        Assert.Contains("Đã trả lời 60% trong số 5 yêu cầu trong vòng 48 giờ; thường trả lời lần đầu sau 16 giờ", page, StringComparison.Ordinal);
        Assert.Contains("Tính trên các yêu cầu nhận được trong 90 ngày", page, StringComparison.Ordinal);
        var english = await PageAsync(world, "/en" + profile);
        Assert.Contains("60% of 5 inquiries answered within 48 hours; first answer usually in 16 hours", english, StringComparison.Ordinal);
        Assert.Contains("Counted over the inquiries received in the 90 days up to two days ago", english, StringComparison.Ordinal);

        var name = await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).SingleAsync());
        var search = await SearchAsync(world, name, $"/cooperatives/{organisation}/");
        Assert.Contains("trả lời 60% trong 48 giờ", search, StringComparison.Ordinal);
    }

    /// <summary>A thread sent <paramref name="daysAgo"/> days ago, answered by the cooperative after the given time with the given move.</summary>
    private async Task ThreadAtAsync(ThreadWorld world, int daysAgo, TimeSpan? answerAfter, string? move)
    {
        site.Clock.Reset();
        site.Clock.MoveOn(-TimeSpan.FromDays(daysAgo) - TimeSpan.FromHours(3));
        var today = Cultures.TodayInVietnam(site.Clock);
        var form = Form();
        form["DeliveryFrom"] = Buyers.Day(today.AddDays(10));
        form["DeliveryTo"] = Buyers.Day(today.AddDays(40));
        form["Deadline"] = Buyers.Day(today.AddDays(7));
        var thread = await world.SendAsync(form);
        if (answerAfter is not { } after)
        {
            return;
        }

        site.Clock.MoveOn(after);
        var answered = move == "Quote"
            ? await world.Cooperative.SubmitAsync($"/inquiries/{Invariant(thread)}/quote", QuoteAt(world.Product, Cultures.TodayInVietnam(site.Clock)))
            : await ActAsync(world.Cooperative, thread, move!, move == "Decline" ? "Hết hàng loại 1 đến tháng sau." : "Còn hàng, mời anh chị ghé vườn.");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
    }

    private static Dictionary<string, string> QuoteAt(int product, DateOnly today)
    {
        var form = QuoteForm(product, 28_000);
        form["ValidUntil"] = Buyers.Day(today.AddDays(14));
        return form;
    }

    /// <summary>Read signed in, so the anonymous page cache does not answer with an older page.</summary>
    private static async Task<string> PageAsync(ThreadWorld world, string path)
    {
        var page = await world.Buyer.GetAsync(path);
        if (page.StatusCode == HttpStatusCode.MovedPermanently)
        {
            page = await world.Buyer.GetAsync(page.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    /// <summary>The search page for the cooperative's name, once the index has it (the outbox drains within a second).</summary>
    private static async Task<string> SearchAsync(ThreadWorld world, string name, string link)
    {
        for (var attempt = 0; ; attempt++)
        {
            var html = await world.Buyer.GetStringAsync("/search?q=" + Uri.EscapeDataString(name));
            if (html.Contains(link, StringComparison.Ordinal) || attempt == 50)
            {
                Assert.Contains(link, html, StringComparison.Ordinal);
                return html;
            }

            await Task.Delay(200);
        }
    }
}

public sealed class SqliteInquiryResponseRateTests(SqliteMarketplace site) : InquiryResponseRateTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresInquiryResponseRateTests(PostgresMarketplace site) : InquiryResponseRateTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
