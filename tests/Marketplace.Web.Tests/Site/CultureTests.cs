using System.Net;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Site;

/// <summary>The same pages in Vietnamese (no prefix) and English (/en), with each language's formats.</summary>
public abstract class CultureTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Home_page_in_vietnamese_formats_numbers_money_and_dates_the_vietnamese_way()
    {
        var html = await site.CreateClient().GetStringAsync("/");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Kết nối cung cầu cho hợp tác xã</h1>", html, StringComparison.Ordinal);
        Assert.Contains("29.021 hợp tác xã", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"money\">1.860.000.000 ₫</span>", html, StringComparison.Ordinal);
        Assert.Matches(@"Số liệu ngày \d{2}/\d{2}/\d{4}", html);
    }

    [Fact]
    public async Task Same_page_in_english_formats_numbers_money_and_dates_the_english_way()
    {
        var html = await site.CreateClient().GetStringAsync("/en/");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Supply–demand connection for cooperatives</h1>", html, StringComparison.Ordinal);
        Assert.Contains("29,021 cooperatives", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"money\">₫1,860,000,000</span>", html, StringComparison.Ordinal);
        Assert.Matches(@"Figures as of \d{2}/\d{2}/\d{4}", html);
    }

    [Fact]
    public async Task Vietnamese_letters_are_written_as_themselves_not_as_character_references()
    {
        var html = await site.CreateClient().GetStringAsync("/");

        Assert.Contains("Hợp tác xã", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/en/")]
    [InlineData("/account/sign-in", "/en/account/sign-in")]
    public async Task Every_page_links_its_other_language_and_declares_hreflang(string vietnamese, string english)
    {
        var client = site.CreateClient();
        var vi = await client.GetStringAsync(vietnamese);
        var en = await client.GetStringAsync(english);

        Assert.Contains($"hreflang=\"en\" href=\"http://localhost:5080{english}\"", vi, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"vi\" href=\"http://localhost:5080{vietnamese}\"", vi, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{english}\" hreflang=\"en\" lang=\"en\">English</a>", vi, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{vietnamese}\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_on_an_english_page_stay_in_english()
    {
        var html = await site.CreateClient().GetStringAsync("/en/");

        Assert.Contains("href=\"/en/account/sign-in\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/en/search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vietnamese_prefix_redirects_to_the_canonical_address()
    {
        var response = await site.Browser().GetAsync("/vi/account/sign-in?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2F", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Form_errors_are_shown_in_the_language_of_the_page()
    {
        var browser = site.Browser();
        var form = People.Cooperative("not-an-email");
        form["Form.FullName"] = string.Empty;

        var vi = await (await browser.SubmitAsync("/account/sign-up", form)).HtmlAsync();
        var en = await (await browser.SubmitAsync("/en/account/sign-up", form)).HtmlAsync();

        Assert.Contains("Vui lòng nhập Họ và tên người đại diện.", vi, StringComparison.Ordinal);
        Assert.Contains("Email chưa đúng định dạng email", vi, StringComparison.Ordinal);
        Assert.Contains("Please enter Your full name.", en, StringComparison.Ordinal);
        Assert.Contains("E-mail is not an e-mail address", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_email_is_written_in_the_language_the_person_signed_up_in()
    {
        var email = People.Email();

        await site.Browser().SubmitAsync("/en/account/sign-up", People.Cooperative(email));

        var message = Assert.Single(Mailbox.For(site, email));
        Assert.Equal("Confirm your e-mail on Cooperative Marketplace", message.Subject);
        Assert.StartsWith("/en/account/confirm-email?", Mailbox.LinkIn(message), StringComparison.Ordinal);
    }
}

public sealed class SqliteCultureTests(SqliteMarketplace site) : CultureTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresCultureTests(PostgresMarketplace site) : CultureTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
