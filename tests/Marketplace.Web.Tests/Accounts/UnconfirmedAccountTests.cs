using System.Net;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>
/// Nothing an account publishes is public before its e-mail is confirmed, and a registration number claimed by a
/// sign-up that is never confirmed is held for a day only (ADR 0016).
/// </summary>
public abstract class UnconfirmedAccountTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task A_cooperative_is_not_public_until_its_member_confirms_the_e_mail_and_is_public_after()
    {
        var email = People.Email();
        var form = People.Cooperative(email);
        await site.Browser().SubmitAsync("/account/sign-up", form);
        var id = await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId!.Value).SingleAsync());
        var name = form["Form.OrganisationName"];
        var anonymous = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/cooperatives/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/cooperatives/{id}")).StatusCode);
        Assert.DoesNotContain(await CooperativeIdsAsync(anonymous), i => i == id);
        Assert.DoesNotContain(name, await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        await site.Browser().GetAsync(Mailbox.LinkIn(Assert.Single(Mailbox.For(site, email))));

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/cooperatives/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/cooperatives/{id}")).StatusCode);
        Assert.Contains(await CooperativeIdsAsync(anonymous), i => i == id);
    }

    [Fact]
    public async Task A_number_claimed_by_an_unconfirmed_sign_up_is_held_for_a_day_with_a_message_then_the_real_cooperative_takes_it()
    {
        var number = People.RegistrationNumber();
        var squatter = People.Email();
        await site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(squatter, number));
        var real = People.Email();

        var refused = await site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(real, number));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("vừa được một tài khoản chưa xác nhận email dùng để đăng ký", await refused.HtmlAsync(), StringComparison.Ordinal);
        Assert.False(await site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == real)));

        // A day and a bit later, the confirmation link has died with the claim.
        await site.InDatabaseAsync(async db =>
        {
            var claim = await db.Organisations.SingleAsync(o => o.RegistrationNumber == number);
            claim.CreatedAtUtc = claim.CreatedAtUtc.AddHours(-25);
            return await db.SaveChangesAsync();
        });
        var taken = await site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(real, number));

        Assert.Contains("Kiểm tra hộp thư của bạn", await taken.HtmlAsync(), StringComparison.Ordinal);
        var owner = await site.InDatabaseAsync(db => db.Organisations.Where(o => o.RegistrationNumber == number)
            .Select(o => db.Users.Where(u => u.OrganisationId == o.Id).Select(u => u.Email).Single()).SingleAsync());
        Assert.Equal(real, owner);
        Assert.False(await site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == squatter)));
    }

    [Fact]
    public async Task A_number_of_a_confirmed_cooperative_stays_taken_however_old()
    {
        var number = People.RegistrationNumber();
        var first = People.Email();
        await site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(first, number));
        await site.Browser().GetAsync(Mailbox.LinkIn(Assert.Single(Mailbox.For(site, first))));
        await site.InDatabaseAsync(async db =>
        {
            var claim = await db.Organisations.SingleAsync(o => o.RegistrationNumber == number);
            claim.CreatedAtUtc = claim.CreatedAtUtc.AddDays(-30);
            return await db.SaveChangesAsync();
        });

        var refused = await site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(People.Email(), number));

        Assert.Contains($"Mã số đăng ký {number} đã có trên sàn", await refused.HtmlAsync(), StringComparison.Ordinal);
        Assert.True(await site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == first)));
    }

    private static async Task<List<int>> CooperativeIdsAsync(HttpClient client)
    {
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/cooperatives?pageSize=100&page={page}"));
            var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
            ids.AddRange(items);
            if (items.Count < 100)
            {
                return ids;
            }
        }
    }
}

public sealed class SqliteUnconfirmedAccountTests(SqliteMarketplace site) : UnconfirmedAccountTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresUnconfirmedAccountTests(PostgresMarketplace site) : UnconfirmedAccountTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
