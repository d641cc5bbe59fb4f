using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>Every profile and certificate field has a limit on the server, and every refusal names the field and why (issue 10).</summary>
public abstract class ProfileLimitsTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Over_long_profile_fields_are_refused_each_with_its_limit_and_nothing_is_saved()
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var before = await ProfileAsync(email);
        var tooLong = new string('x', 30_000);
        var form = new Dictionary<string, string>
        {
            ["Profile.Name"] = tooLong,
            ["Profile.NameEn"] = tooLong,
            ["Profile.RegistrationNumber"] = tooLong,
            ["Profile.Address"] = tooLong,
            ["Profile.Description"] = tooLong,
            ["Profile.DescriptionEn"] = tooLong,
            ["Profile.Phone"] = tooLong,
            ["Profile.Zalo"] = tooLong,
            ["Profile.ContactEmail"] = tooLong,
            ["Profile.Website"] = "https://htx.vn/" + tooLong,
        };

        var response = await browser.SubmitAsync("/manage/profile", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        foreach (var (field, max) in new[] { ("Name", "200"), ("NameEn", "200"), ("RegistrationNumber", "50"), ("Address", "300"), ("Description", "20.000"), ("DescriptionEn", "20.000"), ("Phone", "30"), ("Zalo", "30"), ("ContactEmail", "256"), ("Website", "300") })
        {
            Assert.Contains($"id=\"Profile-{field}-error\">Tối đa {max} ký tự.</span>", html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ProfileAsync(email));
    }

    [Theory]
    [InlineData("Profile.YearFounded", "-1", "Năm thành lập phải từ 1950 đến năm nay.")]
    [InlineData("Profile.YearFounded", "3000", "Năm thành lập phải từ 1950 đến năm nay.")]
    [InlineData("Profile.YearFounded", "0x10", "&#x27;0x10&#x27; không phải là một số nguyên.")]
    [InlineData("Profile.MemberCount", "-1", "Số thành viên phải từ 1 đến 1.000.000.")]
    [InlineData("Profile.MemberCount", "1e3", "&#x27;1e3&#x27; không phải là một số nguyên.")]
    [InlineData("Profile.ContactEmail", "not-an-address", "Email liên hệ không đúng định dạng")]
    public async Task A_number_out_of_range_or_a_wrong_value_is_refused_with_a_message(string field, string value, string message)
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var before = await ProfileAsync(email);

        var response = await browser.SubmitAsync("/manage/profile", new Dictionary<string, string> { ["Profile.Name"] = "Hợp tác xã Giới hạn", ["Profile.RegistrationNumber"] = People.RegistrationNumber(), [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await ProfileAsync(email));
    }

    [Fact]
    public async Task A_field_the_binder_refused_does_not_hide_the_other_mistakes()
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var before = await ProfileAsync(email);

        var response = await browser.SubmitAsync("/manage/profile", new Dictionary<string, string>
        {
            ["Profile.Name"] = new string('x', 300),
            ["Profile.RegistrationNumber"] = People.RegistrationNumber(),
            ["Profile.YearFounded"] = "năm ngoái",
            ["Profile.ContactEmail"] = "not-an-address",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        FormMessages.AssertRefused(html, "Profile.YearFounded", "&#x27;năm ngoái&#x27; không phải là một số nguyên.");
        FormMessages.AssertRefused(html, "Profile.Name", "Tối đa 200 ký tự.");
        FormMessages.AssertRefused(html, "Profile.ContactEmail", "Email liên hệ không đúng định dạng");
        Assert.Equal(before, await ProfileAsync(email));
    }

    [Fact]
    public async Task Grouped_digits_as_people_write_them_are_read_as_the_number()
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);

        var response = await browser.SubmitAsync("/manage/profile", new Dictionary<string, string> { ["Profile.Name"] = "Hợp tác xã Đông Thành", ["Profile.RegistrationNumber"] = People.RegistrationNumber(), ["Profile.MemberCount"] = "1.250", ["Profile.YearFounded"] = "2015" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((1250, 2015), await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email)
            .Select(u => new ValueTuple<int, int>(u.Organisation!.MemberCount!.Value, u.Organisation.YearFounded!.Value)).SingleAsync()));
    }

    [Fact]
    public async Task An_over_long_certificate_is_refused_with_messages_and_not_saved()
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var tooLong = new string('c', 1_000_000);

        var response = await browser.SubmitAsync("/manage/profile", new Dictionary<string, string>
        {
            ["Certificate.TypeCode"] = "vietgap",
            ["Certificate.Number"] = tooLong,
            ["Certificate.Issuer"] = tooLong[..5_000],
            ["Certificate.Scope"] = tooLong[..5_000],
            ["Certificate.ValidUntil"] = Buyers.Day(Buyers.Today.AddYears(1)),
        }, "/manage/certificates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains("Tối đa 100 ký tự.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Certificate-Issuer-error\">Tối đa 200 ký tự.</span>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Certificate-Scope-error\">Tối đa 300 ký tự.</span>", html, StringComparison.Ordinal);
        var organisation = await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());
        Assert.False(await site.InDatabaseAsync(db => db.Certificates.AnyAsync(c => c.OrganisationId == organisation)));
    }

    private Task<string> ProfileAsync(string email) => site.InDatabaseAsync(async db =>
    {
        var o = await db.Users.Where(u => u.Email == email).Select(u => u.Organisation!).AsNoTracking().SingleAsync();
        return string.Join('|', o.Name, o.NameEn, o.RegistrationNumber, o.Address, o.YearFounded, o.MemberCount, o.Description, o.Phone, o.Zalo, o.ContactEmail, o.Website);
    });
}

public sealed class SqliteProfileLimitsTests(SqliteMarketplace site) : ProfileLimitsTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresProfileLimitsTests(PostgresMarketplace site) : ProfileLimitsTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
