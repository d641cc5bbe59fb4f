using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>OWASP ASVS level 2 on passwords (2.1) and sessions (3.3), through the real site (ADR 0018).</summary>
public abstract class PasswordAndSessionTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("ngan-11-kty", "Mật khẩu cần ít nhất 12 ký tự.")]
    [InlineData("password1234", "Mật khẩu này quá dễ đoán")]
    [InlineData("Anhyeuem123456", "Mật khẩu này quá dễ đoán")]
    [InlineData("111111111111", "Mật khẩu này quá dễ đoán")]
    [InlineData("abababababab", "Mật khẩu này quá dễ đoán")]
    [InlineData("123456789012", "Mật khẩu này quá dễ đoán")]
    [InlineData("qwertyuiop2026", "Mật khẩu này quá dễ đoán")]
    [InlineData("{name}-mua-2026", "Mật khẩu không được chứa tên email của bạn.")]
    public async Task A_short_common_or_personal_password_is_refused_with_a_message_and_no_account(string password, string message)
    {
        var email = People.Email();
        var form = People.Cooperative(email);
        form["Form.Password"] = password.Replace("{name}", email.Split('@')[0], StringComparison.Ordinal);

        var response = await site.Browser().SubmitAsync("/account/sign-up", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FormMessages.AssertRefused(await response.HtmlAsync(), "Form.Password", message);
        Assert.False(await site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("mùa thanh long ruột đỏ")]
    [InlineData("correct horse battery staple")]
    [InlineData("Một-câu dài 64 ký tự trở lên vẫn được: không có giới hạn quá ngắn nào ở đây cả!!")]
    public async Task A_sentence_with_marks_and_spaces_is_a_password_without_composition_rules(string password)
    {
        var email = People.Email();
        var form = People.Cooperative(email);
        form["Form.Password"] = password;

        var response = await site.Browser().SubmitAsync("/account/sign-up", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)), await response.HtmlAsync());
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_signed_in_before_it()
    {
        var phone = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, phone);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/manage/profile")).StatusCode);

        var other = site.Browser();
        await other.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = Mailbox.LinkIn(Assert.Single(Mailbox.For(site, email), m => m.Subject?.StartsWith("Đặt lại mật khẩu", StringComparison.Ordinal) == true));
        var reset = await other.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!,
            ["Password"] = "mật khẩu mới sau khi mất máy",
        }, "/account/reset-password");
        Assert.Contains("Mật khẩu đã được đổi", await reset.HtmlAsync(), StringComparison.Ordinal);

        var after = await phone.GetAsync("/manage/profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_twelve_hours_after_sign_in_however_busy_it_is()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        try
        {
            // Busy all day: a request every two hours renews the cookie, but not the time the password was typed.
            for (var hour = 2; hour < 12; hour += 2)
            {
                site.Clock.MoveOn(TimeSpan.FromHours(2));
                Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/manage/profile")).StatusCode);
            }

            site.Clock.MoveOn(TimeSpan.FromHours(2));
            var after = await browser.GetAsync("/manage/profile");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.StartsWith("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        finally
        {
            site.Clock.Reset();
        }
    }
}

public sealed class SqlitePasswordAndSessionTests(SqliteMarketplace site) : PasswordAndSessionTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresPasswordAndSessionTests(PostgresMarketplace site) : PasswordAndSessionTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
