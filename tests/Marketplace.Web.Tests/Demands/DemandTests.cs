using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Demands;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Demands;

/// <summary>Buyers post demands through the form; the public sees the open ones; the owner alone edits and closes them.</summary>
public abstract class DemandTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Buyer_posts_a_demand_in_vietnamese_and_it_is_listed_and_shown_in_both_languages()
    {
        var browser = site.Browser();
        var (_, company) = await Buyers.SignedInAsync(site, browser);
        var title = "Thanh long ruột đỏ loại 1 " + Unique();

        var id = await Buyers.PostDemandAsync(browser, Buyers.DemandForm(title), "", "vietgap", "globalgap");

        Assert.Contains("Đã đăng nhu cầu", await browser.GetStringAsync($"/manage/demands/{id}/edit"), StringComparison.Ordinal);
        Assert.Contains(title, await browser.GetStringAsync("/manage/demands"), StringComparison.Ordinal);
        var anonymous = site.CreateClient();
        var listing = await anonymous.GetStringAsync("/demands");
        Assert.Contains($"href=\"/demands/{Invariant(id)}\"", listing, StringComparison.Ordinal);
        Assert.Contains(title, listing, StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetStringAsync("/demands?category=fruit&province=ho-chi-minh"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/demands?province=ha-noi"), StringComparison.Ordinal);

        var vi = await anonymous.GetStringAsync($"/demands/{id}");
        Assert.Contains($"<h1>{title}</h1>", vi, StringComparison.Ordinal);
        Assert.Contains(company, vi, StringComparison.Ordinal);
        Assert.Contains("20 tấn, mỗi tháng", vi, StringComparison.Ordinal);
        Assert.Contains("Hồ Chí Minh", vi, StringComparison.Ordinal);
        Assert.Contains($"từ {Vietnamese(Buyers.Today.AddDays(30))} đến {Vietnamese(Buyers.Today.AddDays(120))}", vi, StringComparison.Ordinal);
        Assert.Contains("VietGAP, GlobalG.A.P.", vi, StringComparison.Ordinal);
        Assert.Contains("OCOP từ 4 sao", vi, StringComparison.Ordinal);
        Assert.Contains("30.000.000 ₫ / tấn", vi, StringComparison.Ordinal);
        Assert.Contains("<strong>VietGAP</strong>", vi, StringComparison.Ordinal);

        var en = await anonymous.GetStringAsync($"/en/demands/{id}");
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("20 tonne, every month", en, StringComparison.Ordinal);
        Assert.Contains("₫30,000,000 per tonne", en, StringComparison.Ordinal);
        Assert.Contains("OCOP 4 stars or more", en, StringComparison.Ordinal);
        Assert.Contains("Ho Chi Minh City", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buyer_posts_a_demand_through_the_english_form_and_sees_it_on_the_english_pages()
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var title = "Robusta coffee R1 screen 16 " + Unique();
        var form = Buyers.DemandForm(title);
        form["CategoryCode"] = "robusta-coffee";
        form["Frequency"] = "PerSeason";

        var id = await Buyers.PostDemandAsync(browser, form, "/en", "rainforest-alliance");

        Assert.Contains("The demand is posted", await browser.GetStringAsync($"/en/manage/demands/{id}/edit"), StringComparison.Ordinal);
        var anonymous = site.CreateClient();
        Assert.Contains(title, await anonymous.GetStringAsync("/en/demands?category=coffee-tea-cocoa"), StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync($"/en/demands/{id}");
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("20 tonne, every season", page, StringComparison.Ordinal);
        Assert.Contains("Rainforest Alliance", page, StringComparison.Ordinal);
        Assert.Contains("20 tấn, mỗi vụ", await anonymous.GetStringAsync($"/demands/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_values_come_back_with_messages_in_the_language_of_the_page_and_nothing_typed_is_lost()
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var title = "Gạo ST25 " + Unique();
        var form = Buyers.DemandForm(title);
        form["Quantity"] = "0";
        form["DeliveryFrom"] = Buyers.Day(Buyers.Today.AddDays(90));
        form["DeliveryTo"] = Buyers.Day(Buyers.Today.AddDays(60));
        form["ValidUntil"] = Buyers.Day(Buyers.Today.AddDays(-1));
        form["TargetPriceVnd"] = "-5";

        var vi = await browser.SubmitAsync("/manage/demands/new", [.. form, new("RequiredCertificates", "ocop-4")]);

        Assert.Equal(HttpStatusCode.OK, vi.StatusCode);
        var html = await vi.HtmlAsync();
        Assert.Contains("Số lượng phải lớn hơn 0.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày bắt đầu giao phải trước hoặc bằng ngày giao cuối cùng.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày hết hạn nhận chào hàng đã qua.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn chứng nhận trong danh sách", html, StringComparison.Ordinal);
        Assert.Contains("Giá mong muốn phải là số nguyên đồng không âm.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
        Assert.Contains("Quả 350–450 g, **VietGAP**", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Quantity-error\"", html, StringComparison.Ordinal);

        form = Buyers.DemandForm(title);
        form["Title"] = " ";
        form["ValidUntil"] = Buyers.Day(Buyers.Today.AddYears(1).AddDays(5));
        form["Quantity"] = "nhiều";
        var en = await browser.SubmitAsync("/en/manage/demands/new", form);

        var english = await en.HtmlAsync();
        Assert.Contains("Please enter the product you want.", english, StringComparison.Ordinal);
        Assert.Contains("A demand stays open for at most one year from today.", english, StringComparison.Ordinal);
        Assert.Contains("is not valid for Quantity", english, StringComparison.Ordinal);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));
    }

    [Fact]
    public async Task Decomposed_text_is_stored_composed()
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var composed = "Sầu riêng Ri6 đạt chuẩn " + Unique();
        var form = Buyers.DemandForm(composed.Normalize(NormalizationForm.FormD));
        form["Description"] = "Cơm vàng, hạt lép".Normalize(NormalizationForm.FormD);

        var id = await Buyers.PostDemandAsync(browser, form);

        var (title, description) = await site.InDatabaseAsync(async db => await db.Demands.Where(d => d.Id == id).Select(d => new { d.Title, d.Description }).SingleAsync() is var row ? (row.Title, row.Description) : default);
        Assert.Equal(composed, title);
        Assert.Equal("Cơm vàng, hạt lép".Normalize(NormalizationForm.FormC), description);
    }

    [Theory]
    [InlineData("GET", "/manage/demands/{id}/edit")]
    [InlineData("POST", "/manage/demands/{id}/edit")]
    [InlineData("POST", "/manage/demands/{id}/close")]
    public async Task Another_buyer_cannot_read_edit_or_close_a_demand(string method, string template)
    {
        var owner = site.Browser();
        await Buyers.SignedInAsync(site, owner);
        var secret = "Bí mật của B " + Unique();
        var id = await Buyers.PostDemandAsync(owner, Buyers.DemandForm(secret));
        var before = await SnapshotAsync(id);
        var intruder = site.Browser();
        await Buyers.SignedInAsync(site, intruder);
        var url = template.Replace("{id}", Invariant(id), StringComparison.Ordinal);

        var response = method == "GET"
            ? await intruder.GetAsync(url)
            : await intruder.ForgeAsync("/manage/demands", Buyers.DemandForm("Đã bị sửa"), url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(id));
        Assert.DoesNotContain(secret, await intruder.GetStringAsync("/manage/demands"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cooperative_cannot_post_a_demand()
    {
        var cooperative = site.Browser();
        await Cooperatives.SignedInAsync(site, cooperative);
        var title = "Không được đăng " + Unique();

        var page = await cooperative.GetAsync("/manage/demands/new");
        var forged = await cooperative.ForgeAsync("/manage/products", Buyers.DemandForm(title), "/manage/demands/new");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/error/403", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("/error/403", forged.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));
        Assert.DoesNotContain("href=\"/manage/demands\"", await cooperative.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_company_name_is_not_on_the_pages_or_in_the_api()
    {
        var browser = site.Browser();
        var (_, company) = await Buyers.SignedInAsync(site, browser);
        var form = Buyers.DemandForm("Mật ong hoa nhãn " + Unique());
        form["ShowCompanyName"] = "false";
        var id = await Buyers.PostDemandAsync(browser, form);
        var anonymous = site.CreateClient();

        var vi = await anonymous.GetStringAsync($"/demands/{id}");
        var en = await anonymous.GetStringAsync($"/en/demands/{id}");
        var listing = await anonymous.GetStringAsync("/demands");
        var api = await anonymous.GetStringAsync($"/api/v1/demands/{id}");
        var apiList = await anonymous.GetStringAsync("/api/v1/demands?pageSize=100");

        Assert.Contains("Một doanh nghiệp xuất khẩu ở Hồ Chí Minh", vi, StringComparison.Ordinal);
        Assert.Contains("An exporter in Ho Chi Minh City", en, StringComparison.Ordinal);
        foreach (var text in new[] { vi, en, listing, api, apiList })
        {
            Assert.DoesNotContain(company, text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(api);
        var buyer = json.RootElement.GetProperty("summary").GetProperty("buyer");
        Assert.Equal(JsonValueKind.Null, buyer.GetProperty("name").ValueKind);
        Assert.Equal("exporter", buyer.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Closed_and_expired_demands_leave_the_lists_by_themselves_and_their_pages_say_so()
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var closedTitle = "Bưởi da xanh đã đủ hàng " + Unique();
        var expiredTitle = "Xoài cát hết hạn " + Unique();
        var closed = await Buyers.PostDemandAsync(browser, Buyers.DemandForm(closedTitle));
        var expired = await Buyers.PostDemandAsync(browser, Buyers.DemandForm(expiredTitle));
        var anonymous = site.CreateClient();
        Assert.Contains(expiredTitle, await anonymous.GetStringAsync("/demands"), StringComparison.Ordinal);

        var closing = await browser.SubmitAsync($"/manage/demands/{closed}/edit", [], $"/manage/demands/{closed}/close");
        var yesterday = Buyers.Today.AddDays(-1);
        await site.InDatabaseAsync(db => db.Demands.Where(d => d.Id == expired).ExecuteUpdateAsync(s => s.SetProperty(d => d.ValidUntil, yesterday)));

        Assert.Equal(HttpStatusCode.Redirect, closing.StatusCode);
        var (status, closedAt) = await site.InDatabaseAsync(async db => await db.Demands.Where(d => d.Id == closed).Select(d => new { d.Status, d.ClosedAtUtc }).SingleAsync() is var row ? (row.Status, row.ClosedAtUtc) : default);
        Assert.Equal(DemandStatus.Closed, status);
        Assert.NotNull(closedAt);
        foreach (var listing in new[] { "/demands", "/demands?category=fruit", "/en/demands", "/api/v1/demands?pageSize=100" })
        {
            var body = await anonymous.GetStringAsync(listing);
            Assert.DoesNotContain(closedTitle, body, StringComparison.Ordinal);
            Assert.DoesNotContain(expiredTitle, body, StringComparison.Ordinal);
        }

        Assert.Contains("Doanh nghiệp đã đóng nhu cầu này", await anonymous.GetStringAsync($"/demands/{closed}"), StringComparison.Ordinal);
        var expiredPage = await anonymous.GetStringAsync($"/demands/{expired}");
        Assert.Contains($"Nhu cầu này đã hết hạn nhận chào hàng ngày {Vietnamese(yesterday)}", expiredPage, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", expiredPage, StringComparison.Ordinal);
        Assert.Equal("closed", await ApiStatusAsync(anonymous, closed));
        Assert.Equal("expired", await ApiStatusAsync(anonymous, expired));
        var own = await browser.GetStringAsync("/manage/demands");
        Assert.Contains("Đã đóng", own, StringComparison.Ordinal);
        Assert.Contains("Hết hạn", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeded_open_demands_are_listed_and_the_seeded_closed_and_expired_ones_are_not()
    {
        var anonymous = site.CreateClient();

        var api = await anonymous.GetStringAsync("/api/v1/demands?pageSize=100");
        var page = await anonymous.GetStringAsync("/demands?province=dong-thap");

        Assert.Contains("Sầu riêng Monthong (Dona) xuất khẩu", api, StringComparison.Ordinal);
        Assert.Contains("Sầu riêng Monthong (Dona) xuất khẩu", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bưởi da xanh loại 1 cho mùa Tết Đinh Mùi", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Xoài cát Hòa Lộc loại 1", api, StringComparison.Ordinal);
        Assert.Contains("Một doanh nghiệp xuất khẩu ở Hà Nội", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_post_by_a_signed_in_buyer_answers_201_with_its_address_and_the_demand_reads_back()
    {
        var browser = site.Browser();
        var (email, _) = await Buyers.SignedInAsync(site, browser);
        var title = "Tiêu đen 550 g/l " + Unique();

        var response = await browser.PostAsJsonAsync("/api/v1/demands?lang=en", ApiDemand(title));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/api/v1/demands/[0-9]+$", location);
        using (var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
        {
            var summary = created.RootElement.GetProperty("summary");
            Assert.Equal(title, summary.GetProperty("title").GetString());
            Assert.Equal("open", summary.GetProperty("status").GetString());
            Assert.Equal("perSeason", summary.GetProperty("frequency").GetString());
            Assert.Equal("Black pepper", summary.GetProperty("categoryName").GetString());
            Assert.Equal(150_000_000, summary.GetProperty("targetPriceVnd").GetInt64());
        }

        using var read = JsonDocument.Parse(await site.CreateClient().GetStringAsync(location));
        Assert.Equal(title, read.RootElement.GetProperty("summary").GetProperty("title").GetString());
        Assert.Equal("vietgap", read.RootElement.GetProperty("summary").GetProperty("requiredCertificates")[0].GetProperty("code").GetString());
        var id = int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Contains($"<h1>{title}</h1>", await site.CreateClient().GetStringAsync($"/demands/{id}"), StringComparison.Ordinal);
        var author = await site.InDatabaseAsync(db => db.Demands.Where(d => d.Id == id).Select(d => d.CreatedByUserId).SingleAsync());
        Assert.Equal(await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync()), author);
    }

    [Fact]
    public async Task Api_post_without_signing_in_answers_401_problem_details_not_a_redirect()
    {
        var title = "Không đăng nhập " + Unique();

        var response = await site.Browser().PostAsJsonAsync("/api/v1/demands", ApiDemand(title));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));
    }

    [Fact]
    public async Task Api_post_by_a_cooperative_answers_403_and_saves_nothing()
    {
        var cooperative = site.Browser();
        await Cooperatives.SignedInAsync(site, cooperative);
        var title = "Hợp tác xã không đăng được " + Unique();

        var response = await cooperative.PostAsJsonAsync("/api/v1/demands", ApiDemand(title));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));
    }

    [Theory]
    [InlineData("", "title", "Vui lòng nhập sản phẩm cần mua.", "validUntil", "Ngày hết hạn nhận chào hàng đã qua.")]
    [InlineData("?lang=en", "title", "Please enter the product you want.", "unit", "Choose a unit from the list.")]
    public async Task Api_post_with_wrong_fields_answers_400_with_a_localised_message_per_field(string query, string field, string message, string otherField, string otherMessage)
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var before = await site.InDatabaseAsync(db => db.Demands.CountAsync());
        var body = new Dictionary<string, object?>(ApiDemand(string.Empty))
        {
            ["quantity"] = 0,
            ["unit"] = "bao",
            ["validUntil"] = Buyers.Day(Buyers.Today.AddDays(-1)),
            ["requiredCertificates"] = new[] { "iso-9001" },
        };

        var response = await browser.PostAsJsonAsync("/api/v1/demands" + query, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
        Assert.Equal(otherMessage, errors.GetProperty(otherField)[0].GetString());
        Assert.Equal(["quantity", "requiredCertificates", "title", "unit", "validUntil"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before, await site.InDatabaseAsync(db => db.Demands.CountAsync()));
    }

    /// <summary>
    /// The cookie is accepted without an antiforgery token only because a cross-site form cannot send JSON
    /// (docs/adr/0006-demands-api-authentication.md): every content type a plain form can send must be refused.
    /// </summary>
    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    [InlineData("text/plain")]
    public async Task Api_post_with_a_body_a_plain_form_could_send_answers_415_and_saves_nothing(string contentType)
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var title = "Gửi từ biểu mẫu " + Unique();
        var json = JsonSerializer.Serialize(ApiDemand(title), JsonSerializerOptions.Web);
        using HttpContent content = contentType switch
        {
            "application/x-www-form-urlencoded" => new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = title, ["category"] = "black-pepper" }),
            "multipart/form-data" => new MultipartFormDataContent { { new StringContent(title), "title" } },
            _ => new StringContent(json, Encoding.UTF8, contentType),
        };

        var response = await browser.PostAsync("/api/v1/demands", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_demand_endpoints()
    {
        using var json = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        var demands = paths.GetProperty("/api/v1/demands");
        Assert.True(demands.TryGetProperty("get", out _));
        Assert.True(demands.TryGetProperty("post", out var post));
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("415", out _));
        Assert.True(paths.GetProperty("/api/v1/demands/{id}").TryGetProperty("get", out _));
    }

    private static Dictionary<string, object?> ApiDemand(string title) => new()
    {
        ["title"] = title,
        ["category"] = "black-pepper",
        ["quantity"] = 40,
        ["unit"] = "tan",
        ["frequency"] = "perSeason",
        ["deliveryProvince"] = "ho-chi-minh",
        ["deliveryFrom"] = Buyers.Day(Buyers.Today.AddDays(60)),
        ["deliveryTo"] = Buyers.Day(Buyers.Today.AddDays(150)),
        ["validUntil"] = Buyers.Day(Buyers.Today.AddDays(45)),
        ["requiredCertificates"] = new[] { "vietgap" },
        ["targetPriceVnd"] = 150_000_000,
        ["description"] = "Dung trọng từ 550 g/l, độ ẩm dưới 13 %.",
        ["showCompanyName"] = true,
    };

    private static async Task<string?> ApiStatusAsync(HttpClient client, int id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/demands/{id}"));
        return json.RootElement.GetProperty("summary").GetProperty("status").GetString();
    }

    private Task<string> SnapshotAsync(int id) =>
        site.InDatabaseAsync(async db =>
        {
            var row = await db.Demands.AsNoTracking().SingleAsync(d => d.Id == id);
            return $"{row.Title}|{row.Status}|{row.Quantity}|{row.ValidUntil}|{row.ClosedAtUtc}|{row.UpdatedAtUtc:O}";
        });

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Vietnamese(DateOnly day) => day.ToString("d", Marketplace.Localization.Cultures.Vietnamese);
}

public sealed class SqliteDemandTests(SqliteMarketplace site) : DemandTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresDemandTests(PostgresMarketplace site) : DemandTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
