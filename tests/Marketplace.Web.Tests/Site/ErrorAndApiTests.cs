using System.Net;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Site;

public abstract class ErrorAndApiTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("/khong-co-trang-nay", "Không tìm thấy trang", "vi")]
    [InlineData("/en/no-such-page", "Page not found", "en")]
    public async Task Unknown_pages_get_a_404_page_in_the_language_of_the_address(string url, string title, string language)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/test/fails", "Hệ thống đang gặp sự cố")]
    [InlineData("/en/test/fails", "Something went wrong on our side")]
    public async Task An_unhandled_error_shows_the_500_page_in_the_language_of_the_address(string url, string title)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("on purpose", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhandled_api_error_is_problem_details_without_the_exception_text()
    {
        var response = await site.CreateClient().GetAsync("/api/v1/test/fails");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", body[..Math.Min(3000, body.Length)]);
        Assert.DoesNotContain("on purpose", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task A_signed_in_cooperative_gets_the_403_page_for_an_administrators_page()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);

        var denied = await browser.GetAsync("/test/administrators-only");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var page = await browser.GetAsync(denied.Headers.Location!);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("<h1>Không có quyền truy cập</h1>", await page.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_signed_out_is_sent_to_sign_in_in_their_language_and_comes_back()
    {
        var response = await site.Browser().GetAsync("/en/test/administrators-only");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/en/account/sign-in?ReturnUrl=%2Fen%2Ftest%2Fadministrators-only", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/products?ocop=Zzz&lang=en", "The parameter 'ocop' does not take the value 'Zzz'")]
    [InlineData("/api/v1/products?page=", "Tham số 'page' không nhận giá trị ''")]
    [InlineData("/api/v1/cooperatives?province=lam%00dong", "Địa chỉ trang có ký tự không dùng được")]
    [InlineData("/api/v1/demands?province=x%01&lang=en", "The page address has a character that cannot be used")]
    public async Task An_api_request_it_cannot_read_is_refused_with_a_detail_that_says_why(string url, string detail)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        Assert.Contains(email, await browser.GetStringAsync("/"), StringComparison.Ordinal);

        var signedOut = await browser.SubmitAsync("/", new Dictionary<string, string>(), "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.DoesNotContain(email, await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_field_named_code_does_not_change_the_error_page()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);

        var response = await browser.ForgeAsync("/manage/products", new Dictionary<string, string> { ["Code"] = "X-01", ["status"] = "Published" }, "/manage/products/999999/status");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Không tìm thấy trang</h1>", await response.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var response = await site.Browser().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.vn", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Không gửi được biểu mẫu</h1>", await response.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provinces_api_returns_the_34_with_their_former_provinces()
    {
        var response = await site.CreateClient().GetAsync("/api/v1/provinces");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(34, json.RootElement.GetArrayLength());
        var lamDong = json.RootElement.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "lam-dong");
        Assert.Equal("Lâm Đồng", lamDong.GetProperty("nameVi").GetString());
        Assert.Contains("Bình Thuận", lamDong.GetProperty("formerProvinces").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Unknown_api_address_answers_with_problem_details()
    {
        var response = await site.CreateClient().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_v1_surface_only()
    {
        var response = await site.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/provinces", paths);
        Assert.Contains("/api/v1/categories", paths);
        Assert.Contains("/api/v1/certificate-types", paths);
        Assert.Contains("/api/v1/products", paths);
        Assert.Contains("/api/v1/products/{id}", paths);
        Assert.Contains("/api/v1/cooperatives", paths);
        Assert.Contains("/api/v1/cooperatives/{id}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }
}

public sealed class SqliteErrorAndApiTests(SqliteMarketplace site) : ErrorAndApiTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresErrorAndApiTests(PostgresMarketplace site) : ErrorAndApiTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
