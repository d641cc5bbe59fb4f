using System.Net;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests;

public sealed class ErrorAndApiTests(SqliteMarketplace site) : IClassFixture<SqliteMarketplace>
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

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var response = await site.Browser().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.vn", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
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
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/search?q=thanh+long+lam+dong", "<strong>")]
    [InlineData("/search?q=THANH%20LONG", "<strong>")]
    [InlineData("/search?q=thanh+long+B%C3%ACnh+Thu%E1%BA%ADn", "Lâm Đồng")]
    public async Task Search_box_finds_cooperatives_with_or_without_diacritics(string url, string expected)
    {
        var html = await site.CreateClient().GetStringAsync(url);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("Thanh long", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_without_hits_says_so_in_the_language_of_the_page()
    {
        var html = await site.CreateClient().GetStringAsync("/en/search?q=zzzz-nothing");

        Assert.Contains("No cooperative found for “zzzz-nothing”", html, StringComparison.Ordinal);
    }
}
