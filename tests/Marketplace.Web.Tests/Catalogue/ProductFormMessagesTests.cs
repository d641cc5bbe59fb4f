using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>
/// Every refusal of the product form names the field and the reason, beside the field and in the summary at the top,
/// and saves nothing (issue 10: 169 refused inputs came back as the same form with no message).
/// </summary>
public abstract class ProductFormMessagesTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("NameEn", "300 x", "Tên tiếng Anh (không bắt buộc) dài tối đa 200 ký tự.")]
    [InlineData("OcopStars", "7", "Hạng OCOP là 3, 4 hoặc 5 sao.")]
    [InlineData("OcopStars", "abc", "abc")]
    [InlineData("OcopYear", "1990", "Năm công nhận OCOP phải là một năm từ 2018 đến 2100.")]
    [InlineData("PriceMinVnd", "abc", "&#x27;abc&#x27; không phải là một số nguyên.")]
    [InlineData("PriceMinVnd", "-5", "Giá thấp nhất")]
    [InlineData("MinimumOrder", "-1", "Đơn hàng tối thiểu (theo đơn vị bán) phải từ 0 đến 1.000.000.000.")]
    [InlineData("MinimumOrder", "2147483648", "phải từ 0 đến 1.000.000.000.")]
    [InlineData("CapacityAmount", "nhiều", "nhiều")]
    [InlineData("ShelfLifeDays", "-5", "Hạn sử dụng (ngày) phải từ 0 đến 36.500.")]
    [InlineData("HarvestMonths", "13", "Hãy chọn tháng thu hoạch trong danh sách, từ tháng 1 đến tháng 12.")]
    [InlineData("HarvestMonths", "x", "x")]
    [InlineData("Unit", "Zzz", "Zzz")]
    [InlineData("CertificateIds", "987654321", "Chỉ chọn chứng nhận của hợp tác xã mình.")]
    public async Task A_refused_field_says_why_beside_it_and_at_the_top_and_nothing_is_saved(string field, string value, string message)
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var form = Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..6]);
        form[field] = value == "300 x" ? new string('x', 300) : value;

        var response = await browser.SubmitAsync("/manage/products/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        FormMessages.AssertRefused(html, field, message);
        Assert.Equal(0, await ProductsOfAsync(email));
    }

    [Fact]
    public async Task Another_cooperatives_certificate_is_refused_with_a_message()
    {
        var other = site.Browser();
        await Cooperatives.SignedInAsync(site, other);
        var added = await other.SubmitAsync("/manage/profile", new Dictionary<string, string>
        {
            ["Certificate.TypeCode"] = "vietgap",
            ["Certificate.Number"] = "VG-" + Guid.NewGuid().ToString("N")[..6],
            ["Certificate.ValidUntil"] = Buyers.Day(Buyers.Today.AddYears(1)),
        }, "/manage/certificates");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var othersCertificate = await site.InDatabaseAsync(db => db.Certificates.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());

        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var form = Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..6]);
        form["CertificateIds"] = othersCertificate.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await browser.SubmitAsync("/manage/products/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FormMessages.AssertRefused(await response.HtmlAsync(), "CertificateIds", "Chỉ chọn chứng nhận của hợp tác xã mình.");
        Assert.Equal(0, await ProductsOfAsync(email));
    }

    [Fact]
    public async Task A_field_the_binder_refused_does_not_hide_the_other_mistakes()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var form = Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..6]);
        form["PriceMinVnd"] = "abc";
        form["OcopStars"] = "7";
        form["HarvestMonths"] = "0";

        var html = await (await browser.SubmitAsync("/manage/products/new", form)).HtmlAsync();

        FormMessages.AssertRefused(html, "PriceMinVnd", "&#x27;abc&#x27; không phải là một số nguyên.");
        FormMessages.AssertRefused(html, "OcopStars", "Hạng OCOP là 3, 4 hoặc 5 sao.");
        FormMessages.AssertRefused(html, "HarvestMonths", "Hãy chọn tháng thu hoạch");
        Assert.Contains("Hãy sửa 3 mục dưới đây rồi gửi lại:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_product_refused_keeps_what_was_saved_and_says_why_in_english()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var form = Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..6]);
        var id = await Products.CreateAsync(browser, form);
        form["ShelfLifeDays"] = "-1";

        var response = await browser.SubmitAsync($"/en/manage/products/{id}", form, $"/en/manage/products/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FormMessages.AssertRefused(await response.HtmlAsync(), "ShelfLifeDays", "must be from 0 to 36,500.");
        Assert.Null(await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.ShelfLifeDays).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_lot_links_each_mistake_to_its_field()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..6]));

        var response = await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string> { ["LotCode"] = "", ["Date"] = "", ["Quantity"] = "nhiều" }, $"/manage/products/{id}/lots");

        var html = await response.HtmlAsync();
        Assert.Contains("href=\"#lot-Code\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#lot-Quantity\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"lot-Code\"", html, StringComparison.Ordinal);
    }

    private Task<int> ProductsOfAsync(string email) =>
        site.InDatabaseAsync(db => db.Products.CountAsync(p => db.Users.Any(u => u.Email == email && u.OrganisationId == p.OrganisationId)));
}

public sealed class SqliteProductFormMessagesTests(SqliteMarketplace site) : ProductFormMessagesTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresProductFormMessagesTests(PostgresMarketplace site) : ProductFormMessagesTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
