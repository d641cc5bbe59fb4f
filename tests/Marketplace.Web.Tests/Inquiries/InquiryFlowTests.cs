using System.Net;
using Marketplace.Data;
using Marketplace.Inquiries;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.Web.Tests.Infrastructure.ThreadWorld;

namespace Marketplace.Web.Tests.Inquiries;

/// <summary>From a product page to a deal: the buyer asks, the cooperative sees, answers and quotes, the buyer accepts; each step told by e-mail.</summary>
public abstract class InquiryFlowTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Buyer_asks_from_a_product_page_the_cooperative_quotes_the_buyer_accepts_and_both_see_the_deal()
    {
        var world = await CreateAsync(site);
        var product = await site.CreateClient().GetStringAsync($"/products/{world.Product}/x");
        Assert.Contains($"href=\"/inquiries/new?product={world.Product}\"", product, StringComparison.Ordinal);
        Assert.Contains("Yêu cầu báo giá", product, StringComparison.Ordinal);

        var id = await world.SendAsync();

        var mail = Assert.Single(Mailbox.For(site, world.CooperativeEmail), m => m.Subject!.Contains($"#{id}", StringComparison.Ordinal));
        Assert.Contains(world.BuyerCompany, mail.TextBody!, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/inquiries/{id}", Mailbox.Links(mail)); // from Marketplace:PublicUrl, not the request
        Assert.Equal(InquiryState.Sent, await StateAsync(id));
        Assert.Contains("<span class=\"badge\">Đã gửi</span>", await world.Buyer.GetStringAsync("/inquiries"), StringComparison.Ordinal);
        Assert.Contains("1 cuộc trao đổi có tin chưa đọc", await world.Cooperative.GetStringAsync("/inquiries"), StringComparison.Ordinal);

        var seen = await world.Cooperative.GetStringAsync($"/inquiries/{id}");
        Assert.Contains("Cần 5 tấn loại 1, giao kho Thủ Đức.", seen, StringComparison.Ordinal);
        Assert.Equal(InquiryState.Viewed, await StateAsync(id));
        Assert.Contains("0 cuộc trao đổi có tin chưa đọc", await world.Cooperative.GetStringAsync("/inquiries"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(world.Cooperative, id, "Message", "Chào anh, HTX còn 8 tấn loại 1.")).StatusCode);
        Assert.Equal(InquiryState.Answered, await StateAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(world.Buyer, id, "RequestSample", "Gửi 2 kg mẫu về kho Thủ Đức giúp.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(world.Cooperative, id, "SendSample", "Đã gửi mẫu qua Viettel Post.")).StatusCode);

        var quoted = await world.QuoteAsync(id, 28_000, extra: [("Lines[0].Tiers[0].FromQuantity", "4000"), ("Lines[0].Tiers[0].UnitPriceVnd", "27000")]);
        Assert.True(quoted.StatusCode == HttpStatusCode.Redirect, await quoted.Content.ReadAsStringAsync());
        Assert.Equal(InquiryState.Quoted, await StateAsync(id));
        Assert.Contains(Mailbox.For(site, world.BuyerEmail), m => m.Subject!.Contains($"#{id}", StringComparison.Ordinal) && m.TextBody!.Contains("báo giá", StringComparison.Ordinal));

        var thread = await world.Buyer.GetStringAsync($"/inquiries/{id}");
        Assert.Contains("27.000 ₫", thread, StringComparison.Ordinal); // the tier from 4,000 kg applies to 5,000 kg
        Assert.Contains("135.000.000 ₫", thread, StringComparison.Ordinal);
        var quotation = await QuotationIdAsync(id);
        var accepted = await world.Buyer.SubmitAsync($"/inquiries/{id}", new Dictionary<string, string> { ["quotation"] = Invariant(quotation), ["words"] = "Đồng ý, giao đợt 1 ngày 15." }, $"/inquiries/{id}/accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            var inquiry = await db.Set<Inquiry>().Include(i => i.Events).SingleAsync(i => i.Id == id);
            Assert.Equal(InquiryState.Accepted, inquiry.State);
            Assert.Equal(135_000_000, inquiry.DealValueVnd);
            Assert.Equal(5000m, inquiry.DealQuantity);
            Assert.Equal(quotation, inquiry.AcceptedQuotationId);
            Assert.NotNull(inquiry.FirstAnsweredAtUtc);
            Assert.Equal(
                [InquiryAction.Message, InquiryAction.View, InquiryAction.Message, InquiryAction.RequestSample, InquiryAction.SendSample, InquiryAction.Quote, InquiryAction.Accept],
                inquiry.Events.OrderBy(e => e.Id).Select(e => e.Action));
            Assert.All(inquiry.Events.Where(e => e.Party != InquiryParty.System), e => Assert.NotNull(e.ByUserId));
        }

        foreach (var side in new[] { world.Buyer, world.Cooperative })
        {
            var page = await side.GetStringAsync($"/inquiries/{id}");
            Assert.Contains("Giao dịch đã chốt", page, StringComparison.Ordinal);
            Assert.Contains("Giá trị: 135.000.000 ₫", page, StringComparison.Ordinal);
            Assert.Contains("Khối lượng: 5.000 kg", page, StringComparison.Ordinal);
        }

        var english = await world.Cooperative.GetStringAsync($"/en/inquiries/{id}");
        Assert.Contains("Deal closed", english, StringComparison.Ordinal);
        Assert.Contains("Accepted", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revised_quotation_supersedes_the_last_which_stays_readable_and_can_no_longer_be_accepted()
    {
        var world = await CreateAsync(site);
        var id = await world.SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(id, 30_000)).StatusCode);
        var first = await QuotationIdAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(id, 29_000, quantity: "3", unit: "Tan")).StatusCode);

        var page = await world.Buyer.GetStringAsync($"/inquiries/{id}");
        Assert.Contains("Báo giá lần 2", page, StringComparison.Ordinal);
        Assert.Contains("Báo giá lần 1", page, StringComparison.Ordinal);
        Assert.Contains("đã thay bằng báo giá mới", page, StringComparison.Ordinal);
        Assert.Contains("30.000 ₫", page, StringComparison.Ordinal); // the first stays readable

        var refused = await world.Buyer.SubmitAsync($"/inquiries/{id}", new Dictionary<string, string> { ["quotation"] = Invariant(first) }, $"/inquiries/{id}/accept");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("đã được thay bằng báo giá mới", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(InquiryState.Quoted, await StateAsync(id));
    }

    [Fact]
    public async Task A_cooperative_may_quote_less_than_was_asked_and_only_products_it_was_asked_about()
    {
        var world = await CreateAsync(site);
        var other = await Products.CreateAsync(world.Cooperative, Products.Form("Xoài cát Hòa Lộc " + Guid.NewGuid().ToString("N")[..6]));
        await Products.PublishAsync(world.Cooperative, other);
        var id = await world.SendAsync();

        var foreign = await world.QuoteAsync(id, 28_000, product: other);
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Contains("Chỉ báo giá các sản phẩm bên mua đã hỏi.", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(InquiryState.Sent, await StateAsync(id));

        var partial = await world.QuoteAsync(id, 28_000, quantity: "2", unit: "Tan");
        Assert.Equal(HttpStatusCode.Redirect, partial.StatusCode);
        Assert.Contains("2 tấn", await world.Buyer.GetStringAsync($"/inquiries/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moves_the_thread_does_not_allow_are_refused_with_a_message_and_change_nothing()
    {
        var world = await CreateAsync(site);
        var id = await world.SendAsync();

        var empty = await ActAsync(world.Buyer, id, "Message", "   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Hãy viết nội dung tin nhắn.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noReason = await ActAsync(world.Cooperative, id, "Decline", "");
        Assert.Contains("Hãy viết lý do từ chối", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(InquiryState.Viewed, await StateAsync(id));

        // The buyer cannot quote (the quote form is the cooperative's), nor send a sample, nor report spam.
        Assert.Equal(HttpStatusCode.NotFound, (await world.Buyer.GetAsync($"/inquiries/{id}/quote")).StatusCode);
        var forged = await world.Buyer.ForgeAsync($"/inquiries/{id}", new Dictionary<string, string> { ["move"] = "SendSample", ["words"] = "x" }, $"/inquiries/{id}/act");
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Contains("Không thể làm việc này", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(world.Cooperative, id, "Decline", "Hết hàng loại 1 đến tháng sau.")).StatusCode);
        Assert.Equal(InquiryState.Declined, await StateAsync(id));
        var ended = await world.Buyer.GetStringAsync($"/inquiries/{id}");
        Assert.Contains("Cuộc trao đổi đã kết thúc", ended, StringComparison.Ordinal);
        Assert.Contains("Hết hàng loại 1 đến tháng sau.", ended, StringComparison.Ordinal);
        var late = await world.Buyer.ForgeAsync($"/inquiries/{id}", new Dictionary<string, string> { ["move"] = "Message", ["words"] = "Còn không?" }, $"/inquiries/{id}/act");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Còn không?", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal); // what was typed is kept
        Assert.Equal(3, await EventCountAsync(id)); // sent, viewed, declined: nothing else recorded
    }

    [Fact]
    public async Task A_cooperative_that_blocks_a_buyer_gets_no_new_inquiry_from_it()
    {
        var world = await CreateAsync(site);
        var id = await world.SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await world.Cooperative.SubmitAsync($"/inquiries/{id}", new Dictionary<string, string> { ["block"] = "true" }, $"/inquiries/{id}/block")).StatusCode);

        var fields = Form().ToList();
        fields.Add(new("ProductIds", Invariant(world.Product)));
        var refused = await world.Buyer.SubmitAsync($"/inquiries/new?product={world.Product}", fields, "/inquiries/new");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("không nhận yêu cầu từ doanh nghiệp của bạn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await ThreadsOfCooperativeAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await world.Cooperative.SubmitAsync($"/inquiries/{id}", new Dictionary<string, string> { ["block"] = "false" }, $"/inquiries/{id}/block")).StatusCode);
        await world.SendAsync();
        Assert.Equal(2, await ThreadsOfCooperativeAsync(id));
    }

    [Fact]
    public async Task A_thread_waiting_for_a_quote_expires_the_day_after_its_deadline_and_a_lapsed_quote_ends_its_thread()
    {
        var world = await CreateAsync(site);
        var waiting = await world.SendAsync();
        var quoted = await world.SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(quoted, 28_000, validDays: 3)).StatusCode);
        try
        {
            site.Clock.MoveOn(TimeSpan.FromDays(7));
            await ExpireAsync();
            Assert.Equal(InquiryState.Sent, await StateAsync(waiting)); // the deadline day itself still counts
            Assert.Equal(InquiryState.Expired, await StateAsync(quoted)); // valid 3 days, now 7 days on

            site.Clock.MoveOn(TimeSpan.FromDays(1));
            await ExpireAsync();
            Assert.Equal(InquiryState.Expired, await StateAsync(waiting));
        }
        finally
        {
            site.Clock.Reset(); // before reading pages: a sign-in lasts 12 hours
        }

        var page = await world.Buyer.GetStringAsync($"/inquiries/{waiting}");
        Assert.Contains("Đã qua hạn nhận báo giá.", page, StringComparison.Ordinal);
        Assert.Contains("Hết hạn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_product_named_by_a_thread_is_archived_instead_of_deleted_so_the_thread_still_says_what_was_asked()
    {
        var world = await CreateAsync(site);
        var id = await world.SendAsync();
        var deleted = await world.Cooperative.SubmitAsync($"/manage/products/{world.Product}", [], $"/manage/products/{world.Product}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        Assert.Equal(Marketplace.Catalogue.ProductStatus.Archived, (await db.Products.SingleAsync(p => p.Id == world.Product)).Status);
        Assert.Contains("Thanh long ruột đỏ", await world.Buyer.GetStringAsync($"/inquiries/{id}"), StringComparison.Ordinal);
    }

    private async Task ExpireAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Marketplace.Inquiries.ExpireInquiries.ExpireInquiriesHandler>().HandleAsync(CancellationToken.None);
    }

    private async Task<T> ReadAsync<T>(Func<MarketplaceDbContext, Task<T>> read)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }

    private Task<InquiryState> StateAsync(int id) => ReadAsync(db => db.Set<Inquiry>().Where(i => i.Id == id).Select(i => i.State).SingleAsync());

    private Task<int> QuotationIdAsync(int id) => ReadAsync(db => db.Set<Quotation>().Where(q => q.InquiryId == id && q.SupersededAtUtc == null).Select(q => q.Id).SingleAsync());

    private Task<int> EventCountAsync(int id) => ReadAsync(db => db.Set<InquiryEvent>().CountAsync(e => e.InquiryId == id));

    private Task<int> ThreadsOfCooperativeAsync(int anyThread) => ReadAsync(async db =>
    {
        var cooperative = await db.Set<Inquiry>().Where(i => i.Id == anyThread).Select(i => i.CooperativeOrganisationId).SingleAsync();
        return await db.Set<Inquiry>().CountAsync(i => i.CooperativeOrganisationId == cooperative);
    });
}

public sealed class SqliteInquiryFlowTests(SqliteMarketplace site) : InquiryFlowTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresInquiryFlowTests(PostgresMarketplace site) : InquiryFlowTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
