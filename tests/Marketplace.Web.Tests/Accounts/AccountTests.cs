using System.Net;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>Sign-up, e-mail confirmation, sign-in, lockout and password reset, as a person does them, on both providers.</summary>
public abstract class AccountTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    protected TSite Site { get; } = site;

    [Fact]
    public async Task Cooperative_signs_up_confirms_its_email_from_the_pickup_folder_and_signs_in()
    {
        var browser = Site.Browser();
        var email = People.Email();
        var form = People.Cooperative(email, registrationNumber: " 58 00-" + People.RegistrationNumber()[..6] + " ");

        var signUp = await browser.SubmitAsync("/account/sign-up", form);

        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        Assert.Contains("Kiểm tra hộp thư của bạn", await signUp.HtmlAsync(), StringComparison.Ordinal);
        var user = await Site.InDatabaseAsync(db => db.Users.Include(u => u.Organisation).SingleAsync(u => u.Email == email));
        Assert.False(user.EmailConfirmed);
        Assert.Equal(OrganisationType.Cooperative, user.Organisation!.Type);
        Assert.Equal(CooperativeKind.Htx, user.Organisation.CooperativeKind);
        Assert.Matches("^5800[0-9]{6}$", user.Organisation.RegistrationNumber);
        Assert.True(await IsInRoleAsync(email, Roles.Cooperative));

        var refused = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });
        Assert.Contains("Bạn cần xác nhận email trước khi đăng nhập", await refused.HtmlAsync(), StringComparison.Ordinal);

        var message = Assert.Single(Mailbox.For(Site, email));
        Assert.Equal("Xác nhận email của bạn trên Chợ Hợp tác xã", message.Subject);
        var confirmed = await browser.GetAsync(Mailbox.LinkIn(message));
        Assert.Contains("Email đã được xác nhận", await confirmed.HtmlAsync(), StringComparison.Ordinal);

        var signIn = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var home = await browser.GetAsync("/");
        Assert.Contains($"Đã đăng nhập: {email}", await home.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buyer_company_signs_up_with_the_buyer_role_and_no_registration_number()
    {
        var email = People.Email();

        var signUp = await Site.Browser().SubmitAsync("/account/sign-up?type=Buyer", People.Buyer(email), "/account/sign-up");

        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        var organisation = await Site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Organisation!).SingleAsync());
        Assert.Equal(OrganisationType.Buyer, organisation.Type);
        Assert.Equal(BuyerKind.Exporter, organisation.BuyerKind);
        Assert.Null(organisation.RegistrationNumber);
        Assert.True(await IsInRoleAsync(email, Roles.Buyer));
    }

    [Fact]
    public async Task A_registration_number_already_on_the_marketplace_is_refused_with_a_clear_message_and_nothing_saved()
    {
        var number = People.RegistrationNumber();
        var first = People.Email();
        await Site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(first, number));
        await Site.Browser().GetAsync(Mailbox.LinkIn(Assert.Single(Mailbox.For(Site, first))));
        var second = People.Email();

        var response = await Site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(second, number[..4] + " " + number[4..]));

        var html = await response.HtmlAsync();
        Assert.Contains($"Mã số đăng ký {number} đã có trên sàn", html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + second + "\"", html, StringComparison.Ordinal);
        Assert.False(await Site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == second)));
    }

    [Fact]
    public async Task Account_locks_after_five_wrong_passwords_even_for_the_right_one()
    {
        var email = await Cooperatives.ConfirmedAsync(Site);
        var browser = Site.Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "sai-mat-khau-" + attempt });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", await right.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_reset_link_from_the_pickup_folder_sets_a_new_password()
    {
        var email = await Cooperatives.ConfirmedAsync(Site);
        var browser = Site.Browser();

        var requested = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Contains("liên kết đặt lại mật khẩu đã được gửi", await requested.HtmlAsync(), StringComparison.Ordinal);
        var message = Assert.Single(Mailbox.For(Site, email), m => m.Subject is { } subject && subject.StartsWith("Đặt lại mật khẩu", StringComparison.Ordinal));
        var link = Mailbox.LinkIn(message);

        var reset = await browser.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!,
            ["Password"] = "mat-khau-moi-9",
        }, "/account/reset-password");
        Assert.Contains("Mật khẩu đã được đổi", await reset.HtmlAsync(), StringComparison.Ordinal);

        var signIn = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "mat-khau-moi-9" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private Task<bool> IsInRoleAsync(string email, string role) =>
        Site.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<MarketplaceUser>>();
            return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role);
        });
}

public sealed class SqliteAccountTests(SqliteMarketplace site) : AccountTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresAccountTests(PostgresMarketplace site) : AccountTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
