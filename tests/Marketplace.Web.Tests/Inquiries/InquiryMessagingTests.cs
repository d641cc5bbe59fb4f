using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Data;
using Marketplace.Inquiries;
using Marketplace.Inquiries.Notify;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.Web.Tests.Infrastructure.ThreadWorld;

namespace Marketplace.Web.Tests.Inquiries;

/// <summary>Both sides writing at once, the API for buyers' systems, and who hears of what by e-mail.</summary>
public abstract class InquiryMessagingTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Both_sides_posting_at_once_lose_no_message_and_leave_a_consistent_state()
    {
        var world = await CreateAsync(site);
        var id = await world.SendAsync();
        await world.Cooperative.GetStringAsync($"/inquiries/{id}");
        var buyerToken = Forms.Token(await world.Buyer.GetStringAsync($"/inquiries/{id}"));
        var cooperativeToken = Forms.Token(await world.Cooperative.GetStringAsync($"/inquiries/{id}"));

        Task<HttpResponseMessage> Post(HttpClient who, string token, string words) =>
            who.PostAsync($"/inquiries/{id}/act", new FormUrlEncodedContent([new("move", "Message"), new("words", words), new("__RequestVerificationToken", token)]));
        var posts = Enumerable.Range(0, 12).SelectMany(i => new[]
        {
            Post(world.Buyer, buyerToken, $"Bên mua #{i}"),
            Post(world.Cooperative, cooperativeToken, $"HTX #{i}"),
        }).ToList();
        var answers = await Task.WhenAll(posts);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var inquiry = await db.Set<Inquiry>().Include(i => i.Events).SingleAsync(i => i.Id == id);
        var texts = inquiry.Events.Select(e => e.Text).ToHashSet();
        for (var i = 0; i < 12; i++)
        {
            Assert.Contains($"Bên mua #{i}", texts);
            Assert.Contains($"HTX #{i}", texts);
        }

        Assert.Equal(2 + 24, inquiry.Events.Count); // the inquiry, the view, every message once
        Assert.Equal(InquiryState.Answered, inquiry.State);
        Assert.Equal(inquiry.Events.Count - 1, inquiry.Version); // every move raised the version once
        Assert.Single(inquiry.Events, e => e.FromState == InquiryState.Viewed && e.ToState == InquiryState.Answered);
    }

    [Fact]
    public async Task A_buyers_system_sends_reads_and_writes_through_the_api_and_gets_field_errors_in_its_language()
    {
        var world = await CreateAsync(site);
        var body = new
        {
            products = new[] { world.Product },
            quantity = 2,
            unit = "tan",
            deliveryProvince = "ha-noi",
            deliveryFrom = Buyers.Day(Buyers.Today.AddDays(5)),
            deliveryTo = Buyers.Day(Buyers.Today.AddDays(20)),
            deadline = Buyers.Day(Buyers.Today.AddDays(3)),
            message = "Cần 2 tấn giao Hà Nội.",
        };
        var sent = await world.Buyer.PostAsJsonAsync("/api/v1/inquiries", body);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inquiries")[0].GetInt32();

        var list = await world.Cooperative.GetFromJsonAsync<JsonElement>("/api/v1/inquiries?state=sent");
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(1, list.GetProperty("items")[0].GetProperty("unread").GetInt32());

        var quoted = await world.Cooperative.PostAsJsonAsync($"/api/v1/inquiries/{id}/quotes", new
        {
            deliveryTerms = "fob",
            deliveryPlace = "Cát Lái",
            leadTimeDays = 10,
            validUntil = Buyers.Day(Buyers.Today.AddDays(10)),
            lines = new[] { new { product = world.Product, unitPriceVnd = 26_000, quantity = 2000, unit = "kg", tiers = new[] { new { fromQuantity = 1500, unitPriceVnd = 25_000 } } } },
        });
        Assert.Equal(HttpStatusCode.Created, quoted.StatusCode);
        var thread = await quoted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("quoted", thread.GetProperty("state").GetString());
        Assert.Equal(50_000_000, thread.GetProperty("quotations")[0].GetProperty("totalVnd").GetInt64());

        Assert.Equal(HttpStatusCode.Created, (await world.Buyer.PostAsJsonAsync($"/api/v1/inquiries/{id}/messages", new { text = "Cảm ơn, cho xin mẫu.", action = "requestSample" })).StatusCode);
        var messages = await world.Buyer.GetFromJsonAsync<JsonElement>($"/api/v1/inquiries/{id}/messages");
        Assert.Equal(["message", "quote", "requestSample"], messages.EnumerateArray().Select(e => e.GetProperty("action").GetString()));

        var wrong = await world.Buyer.PostAsJsonAsync("/api/v1/inquiries?lang=en", body with { quantity = -1, deliveryProvince = "atlantis" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("above 0", problem.GetProperty("errors").GetProperty("quantity")[0].GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("deliveryProvince", out _));

        var notAllowed = await world.Buyer.PostAsJsonAsync($"/api/v1/inquiries/{id}/messages?lang=en", new { text = "x", action = "sendSample" });
        Assert.Equal(HttpStatusCode.Conflict, notAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Cooperative.PostAsJsonAsync("/api/v1/inquiries", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateClient().GetAsync("/api/v1/inquiries")).StatusCode);
    }

    [Fact]
    public async Task Each_person_chooses_an_email_per_event_a_daily_digest_or_none_and_the_inbox_shows_everything_anyway()
    {
        var world = await CreateAsync(site);
        Assert.Equal(HttpStatusCode.Redirect, (await world.Buyer.SubmitAsync("/inquiries/settings", new Dictionary<string, string> { ["emails"] = "Off" })).StatusCode);
        Assert.Contains("checked", (await world.Buyer.GetStringAsync("/inquiries/settings")).Split("value=\"Off\"")[1][..20], StringComparison.Ordinal);
        var first = await world.SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(first, 28_000)).StatusCode);
        Assert.DoesNotContain(Mailbox.For(site, world.BuyerEmail), m => m.Subject!.Contains("Hỏi hàng #", StringComparison.Ordinal));
        Assert.Contains("1 cuộc trao đổi có tin chưa đọc", await world.Buyer.GetStringAsync("/inquiries"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await world.Cooperative.SubmitAsync("/inquiries/settings", new Dictionary<string, string> { ["emails"] = "DailyDigest" })).StatusCode);
        var before = Mailbox.For(site, world.CooperativeEmail).Count;
        var second = await world.SendAsync();
        await ThreadWorld.ActAsync(world.Buyer, first, "Message", "Giá tốt, chờ mẫu.");
        Assert.Equal(before, Mailbox.For(site, world.CooperativeEmail).Count);
        try
        {
            site.Clock.MoveOn(TimeSpan.FromHours(25));
            await using (var scope = site.Services.CreateAsyncScope())
            {
                Assert.True(await scope.ServiceProvider.GetRequiredService<InquiryDigest>().SendDueAsync(CancellationToken.None) >= 1);
                Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<InquiryDigest>().SendDueAsync(CancellationToken.None));
            }
        }
        finally
        {
            site.Clock.Reset();
        }

        var digest = Assert.Single(Mailbox.For(site, world.CooperativeEmail), m => m.Subject!.StartsWith("Hỏi hàng:", StringComparison.Ordinal));
        Assert.True(digest.Subject!.Contains("2 cuộc trao đổi có tin mới", StringComparison.Ordinal), digest.Subject + "\n" + digest.TextBody);
        Assert.Contains($"http://localhost:5080/inquiries/{second}", Mailbox.Links(digest));
        Assert.Contains($"http://localhost:5080/inquiries/{first}", Mailbox.Links(digest));

        var refused = await world.Buyer.SubmitAsync("/inquiries/settings", new Dictionary<string, string> { ["emails"] = "Sometimes" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Hãy chọn một cách nhận thông báo.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteInquiryMessagingTests(SqliteMarketplace site) : InquiryMessagingTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresInquiryMessagingTests(PostgresMarketplace site) : InquiryMessagingTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
