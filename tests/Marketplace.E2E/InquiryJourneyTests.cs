using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.Catalogue;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.E2E;

/// <summary>
/// Issue 11's journey in two browsers, by labels and buttons: a buyer asks about a product, the cooperative answers
/// with a quotation, the buyer accepts it, and both see the deal. Every page on the way passes axe; the thread is
/// photographed in Vietnamese and in English.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class InquiryJourneyTests(SiteFixture site)
{
    private const string Buyer = "thumua.saigonxanh@demo.marketplace.local";
    private const string Cooperative = "htx.thanhlong.hamthuan@demo.marketplace.local";

    [GeneratedRegex("/inquiries/[0-9]+(#[a-z-]+)?$")]
    private static partial Regex ThreadAddress();

    [Fact]
    public async Task Buyer_asks_the_cooperative_quotes_the_buyer_accepts_and_both_see_the_deal()
    {
        var product = await PublishedProductOfAsync(Cooperative);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);

        await using var buyerContext = await site.NewPhoneContextAsync();
        var buyer = await buyerContext.NewPageAsync();
        var buyerProblems = PageProblems.Watch(buyer, site.ServerLog);
        await site.SignInAsync(buyer, Buyer);
        await buyer.GotoAsync(site.Url($"/products/{product}"));
        await buyer.GetByRole(AriaRole.Link, new() { Name = "Yêu cầu báo giá", Exact = true }).First.ClickAsync();
        await buyer.WaitForURLAsync(url => url.Contains("/inquiries/new", StringComparison.Ordinal));
        await AccessibilityTests.AssertNoViolationsAsync(buyer, "/inquiries/new");

        await Field(buyer, "Số lượng").FillAsync("2");
        await Field(buyer, "Tỉnh, thành phố nhận hàng").SelectOptionAsync("ho-chi-minh");
        await Field(buyer, "Giao từ ngày").FillAsync(Day(today.AddDays(10)));
        await Field(buyer, "Giao đến ngày").FillAsync(Day(today.AddDays(40)));
        await Field(buyer, "Hạn nhận báo giá").FillAsync(Day(today.AddDays(7)));
        await Field(buyer, "Lời nhắn cho HTX").FillAsync("Cần hàng loại 1, giao kho Thủ Đức. Xin báo giá.");
        await ClickAsync(buyer, buyerProblems, "Gửi yêu cầu báo giá");
        await buyer.WaitForURLAsync(ThreadAddress());
        var thread = new Uri(buyer.Url).AbsolutePath;
        await AccessibilityTests.AssertNoViolationsAsync(buyer, thread + " (buyer, sent)");

        await using var cooperativeContext = await site.NewPhoneContextAsync();
        var cooperative = await cooperativeContext.NewPageAsync();
        var cooperativeProblems = PageProblems.Watch(cooperative, site.ServerLog);
        await site.SignInAsync(cooperative, Cooperative);
        await cooperative.GetByRole(AriaRole.Link, new() { Name = "Hỏi hàng" }).First.ClickAsync();
        await cooperative.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/inquiries");
        await AccessibilityTests.AssertNoViolationsAsync(cooperative, "/inquiries");
        await cooperative.Locator($"a[href='{thread}']").First.ClickAsync();
        await cooperative.WaitForURLAsync(ThreadAddress());
        await cooperative.GetByRole(AriaRole.Link, new() { Name = "Gửi báo giá", Exact = true }).ClickAsync();
        await cooperative.WaitForURLAsync(url => url.EndsWith("/quote", StringComparison.Ordinal));
        await AccessibilityTests.AssertNoViolationsAsync(cooperative, thread + "/quote");

        await Field(cooperative, "Đơn giá (đồng)").First.FillAsync("28000");
        await Field(cooperative, "Số lượng").First.FillAsync("2");
        await Field(cooperative, "Thời gian giao (ngày)").FillAsync("7");
        await Field(cooperative, "Báo giá có hiệu lực đến").FillAsync(Day(today.AddDays(14)));
        await Field(cooperative, "Điều kiện thanh toán").FillAsync("Cọc 30%, còn lại khi nhận hàng");
        await ClickAsync(cooperative, cooperativeProblems, "Gửi báo giá");
        await cooperative.WaitForURLAsync(ThreadAddress());
        await AccessibilityTests.AssertNoViolationsAsync(cooperative, thread + " (cooperative, quoted)");

        await buyer.GotoAsync(site.Url(thread));
        await ClickAsync(buyer, buyerProblems, "Chấp nhận báo giá này");
        await buyer.WaitForURLAsync(ThreadAddress());
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Name = "Giao dịch đã chốt" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoViolationsAsync(buyer, thread + " (buyer, accepted)");
        await buyer.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "inquiry-deal-vi-390.png"), FullPage = true });

        await cooperative.GotoAsync(site.Url("/en" + thread));
        await Assertions.Expect(cooperative.GetByRole(AriaRole.Heading, new() { Name = "Deal closed" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoViolationsAsync(cooperative, "/en" + thread + " (cooperative, accepted)");
        await cooperative.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "inquiry-deal-en-390.png"), FullPage = true });

        await cooperative.GotoAsync(site.Url("/en/account/tokens"));
        await AccessibilityTests.AssertNoViolationsAsync(cooperative, "/en/account/tokens");
        buyerProblems.AssertNone();
        cooperativeProblems.AssertNone();
    }

    private async Task<int> PublishedProductOfAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var organisation = await db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync();
        return await db.Products.Where(p => p.OrganisationId == organisation && p.Status == ProductStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    private static async Task ClickAsync(IPage page, PageProblems problems, string button)
    {
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST");
        problems.AssertNone();
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
