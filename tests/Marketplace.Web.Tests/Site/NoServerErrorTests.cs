using System.Net;
using System.Text;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Site;

/// <summary>
/// What a person can type or upload never ends in a server error (issue 10): an unreadable form answers 400 or 413
/// with the localised error page saying what was wrong, and nothing is saved.
/// </summary>
public abstract class NoServerErrorTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("0")]
    [InlineData("999")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    public async Task An_error_page_for_a_code_that_is_no_error_is_a_404_not_a_500(string code)
    {
        var response = await site.CreateClient().GetAsync($"/error/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("lang=\"vi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Biểu mẫu có ký tự không hợp lệ")]
    [InlineData("/en", "The form contains a character that is not allowed")]
    public async Task A_nul_byte_in_a_form_field_answers_400_with_a_message_in_the_persons_language(string language, string message)
    {
        var browser = site.Browser();
        var page = await browser.GetStringAsync($"{language}/account/sign-in");
        var body = $"Email=a%00b%40example.vn&Password=x&__RequestVerificationToken={Uri.EscapeDataString(Forms.Token(page))}";

        var response = await browser.PostAsync($"{language}/account/sign-in", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf_8_answer_400_and_a_typed_percent_sign_is_kept()
    {
        var browser = site.Browser();
        var token = Uri.EscapeDataString(Forms.Token(await browser.GetStringAsync("/account/sign-in")));

        var broken = await browser.PostAsync("/account/sign-in", new StringContent($"Email=%FF%FE%40x.vn&Password=x&__RequestVerificationToken={token}", Encoding.ASCII, "application/x-www-form-urlencoded"));
        var typed = await browser.PostAsync("/account/sign-in", new StringContent($"Email=100%25FF%40x.vn&Password=wrong-password-1&__RequestVerificationToken={token}", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("không phải mã UTF-8", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
    }

    [Fact]
    public async Task A_form_over_its_limits_answers_400_or_413_with_a_message()
    {
        var browser = site.Browser();
        var token = Uri.EscapeDataString(Forms.Token(await browser.GetStringAsync("/account/sign-in")));
        var tooMany = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x")) + "&__RequestVerificationToken=" + token;
        var longName = new string('n', 2100) + "=x&__RequestVerificationToken=" + token;
        var longValue = "Email=" + new string('v', 4 * 1024 * 1024 + 10) + "&__RequestVerificationToken=" + token;

        foreach (var body in new[] { tooMany, longName, longValue })
        {
            var response = await browser.PostAsync("/account/sign-in", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

            Assert.Contains((int)response.StatusCode, new[] { 400, 413 });
            Assert.Contains("Biểu mẫu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Multipart_without_a_boundary_answers_400()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Mít " + Guid.NewGuid().ToString("N")[..4]));
        var content = new ByteArrayContent("--x\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        var response = await browser.PostAsync($"/manage/products/{id}/photos", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu mẫu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_16_MiB_answers_413_with_a_message_and_saves_nothing()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Sầu riêng " + Guid.NewGuid().ToString("N")[..4]));

        var response = await Products.UploadAsync(browser, id, new byte[17 * 1024 * 1024], "lon.jpg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("quá lớn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await site.InDatabaseAsync(db => db.ProductPhotos.AnyAsync(p => p.ProductId == id)));
    }

    [Theory]
    [InlineData("MinimumOrder", "2147483648")]
    [InlineData("CapacityAmount", "99999999999999999999")]
    [InlineData("PriceMinVnd", "1e400")]
    public async Task A_number_too_large_for_its_field_is_refused_with_a_message(string field, string value)
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var name = "Cam sành " + Guid.NewGuid().ToString("N")[..4];
        var form = Products.Form(name);
        form[field] = value;

        var response = await browser.SubmitAsync("/manage/products/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("field-validation-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await site.InDatabaseAsync(db => db.Products.AnyAsync(p => p.NameVi == name)));
    }

    [Fact]
    public async Task Blank_required_certificates_in_a_demand_form_are_ignored_not_a_server_error()
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var title = "Cần mua bưởi " + Guid.NewGuid().ToString("N")[..4];
        var fields = Buyers.DemandForm(title).ToList();
        fields.Add(new("RequiredCertificates", "  "));

        var response = await browser.SubmitAsync("/manage/demands/new", fields);

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_null_certificate_in_the_demands_api_is_left_out_not_a_500()
    {
        var browser = site.Browser();
        await Buyers.SignedInAsync(site, browser);
        var demand = $$"""{"title":"Cần mua tiêu","category":"black-pepper","quantity":40,"unit":"tan","frequency":"perSeason","deliveryProvince":"ho-chi-minh","deliveryFrom":"{{Buyers.Day(Buyers.Today.AddDays(60))}}","deliveryTo":"{{Buyers.Day(Buyers.Today.AddDays(150))}}","validUntil":"{{Buyers.Day(Buyers.Today.AddDays(45))}}","requiredCertificates":[null]}""";

        var response = await browser.PostAsync("/api/v1/demands", new StringContent(demand, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"requiredCertificates\":[]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("on")]
    [InlineData("")]
    public async Task Sign_in_with_a_remember_me_that_is_no_boolean_re_renders_the_form(string rememberMe)
    {
        var response = await site.Browser().SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = People.Email(),
            ["Password"] = "wrong-password-1",
            ["RememberMe"] = rememberMe,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"Email\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteNoServerErrorTests(SqliteMarketplace site) : NoServerErrorTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresNoServerErrorTests(PostgresMarketplace site) : NoServerErrorTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
