using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Demands;

/// <summary>A refused demand form names every field at fault, beside it and at the top, and posts nothing (issue 10).</summary>
public abstract class DemandFormMessagesTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("ShowCompanyName", "maybe")]
    [InlineData("Unit", "Zzz")]
    [InlineData("Frequency", "-1")]
    [InlineData("Quantity", "mười")]
    public async Task A_refused_value_says_why_and_nothing_is_posted(string field, string value)
    {
        var browser = site.Browser();
        var (email, _) = await Buyers.SignedInAsync(site, browser);
        var title = "Nhu cầu " + Guid.NewGuid().ToString("N")[..6];
        var form = Buyers.DemandForm(title);
        form[field] = value;

        var response = await browser.SubmitAsync("/manage/demands/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FormMessages.AssertRefused(await response.HtmlAsync(), field, value);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));
    }
}

public sealed class SqliteDemandFormMessagesTests(SqliteMarketplace site) : DemandFormMessagesTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresDemandFormMessagesTests(PostgresMarketplace site) : DemandFormMessagesTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
