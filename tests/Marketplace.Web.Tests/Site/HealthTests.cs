using System.Net;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Site;

/// <summary>/health tells anyone the status alone; what each check found (folders, queues) only an administrator (ADR 0017).</summary>
public abstract class HealthTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Anyone_reads_the_status_alone()
    {
        var response = await site.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Cooperative")]
    [InlineData("Organiser")]
    public async Task A_member_who_is_not_an_administrator_reads_the_status_alone(string role)
    {
        var member = site.Browser();
        if (role == "Cooperative")
        {
            await Cooperatives.SignedInAsync(site, member);
        }
        else
        {
            await Staff.SignedInAsync(site, member, role);
        }

        var body = await member.GetStringAsync("/health");

        Assert.Equal("""{"status":"Healthy"}""", body);
    }

    [Fact]
    public async Task An_administrator_reads_every_check_and_it_is_never_stored()
    {
        var response = await Health.DetailsAsync(site);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "details must say no-store");
        var body = await response.Content.ReadAsStringAsync();
        var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Contains(site.DataPath, checks.GetProperty("search").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_links_to_the_status_that_names_no_folder()
    {
        var home = await site.CreateClient().GetStringAsync("/");
        Assert.Contains("/health\"", home, StringComparison.Ordinal);

        var body = await site.CreateClient().GetStringAsync("/health");

        Assert.DoesNotContain(site.DataPath, body, StringComparison.Ordinal);
        Assert.DoesNotContain("outbox", body, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SqliteHealthTests(SqliteMarketplace site) : HealthTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresHealthTests(PostgresMarketplace site) : HealthTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
