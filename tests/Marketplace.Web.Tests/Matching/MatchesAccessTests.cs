using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Search;

namespace Marketplace.Web.Tests.Matching;

/// <summary>A demand's matches are the buyer's own: other buyers, cooperatives and strangers never see them.</summary>
public abstract class MatchesAccessTests<TSite>(TSite site)
    where TSite : SearchSite
{
    /// <summary>A buyer of the test's own posts a dragon fruit demand (VietGAP required) through the form.</summary>
    private async Task<(HttpClient Owner, int Demand)> PostedAsync()
    {
        var owner = site.Browser();
        await Buyers.SignedInAsync(site, owner);
        var form = Buyers.DemandForm("Thanh long ruột đỏ xuất khẩu");
        form.Remove("MinimumOcopStars");
        var demand = await Buyers.PostDemandAsync(owner, form, "", "vietgap");
        await site.IndexedAsync();
        return (owner, demand);
    }

    [Fact]
    public async Task The_buyer_who_posted_a_demand_reads_its_matches_with_reasons_on_the_page_and_in_the_api()
    {
        var (owner, demand) = await PostedAsync();

        var matches = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/demands/{demand}/matches?lang=en");
        var first = matches.EnumerateArray().First();
        Assert.StartsWith("/products/", first.GetProperty("product").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(first.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "certificate" && r.GetProperty("text").GetString()!.StartsWith("VietGAP valid until", StringComparison.Ordinal));

        var page = await owner.GetStringAsync($"/demands/{demand}");
        Assert.Contains("Nguồn hàng phù hợp", page, StringComparison.Ordinal);
        Assert.Contains("VietGAP còn hiệu lực đến", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_buyer_a_cooperative_and_a_stranger_do_not_see_the_matches()
    {
        var (_, demand) = await PostedAsync();

        var otherBuyer = site.Browser();
        await Buyers.SignedInAsync(site, otherBuyer);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBuyer.GetAsync($"/api/v1/demands/{demand}/matches")).StatusCode);
        Assert.DoesNotContain("Nguồn hàng phù hợp", await otherBuyer.GetStringAsync($"/demands/{demand}"), StringComparison.Ordinal);

        var cooperative = site.Browser();
        await Cooperatives.SignedInAsync(site, cooperative);
        Assert.Equal(HttpStatusCode.NotFound, (await cooperative.GetAsync($"/api/v1/demands/{demand}/matches")).StatusCode);

        var stranger = site.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync($"/api/v1/demands/{demand}/matches")).StatusCode);
        var publicPage = await stranger.GetStringAsync($"/demands/{demand}");
        Assert.Contains("Thanh long ruột đỏ xuất khẩu", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguồn hàng phù hợp", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_matches_inbox_shows_only_the_organisations_own_notices()
    {
        var (owner, demand) = await PostedAsync();
        var inbox = await owner.GetStringAsync("/manage/matches");
        Assert.Contains("Kết nối cung cầu", inbox, StringComparison.Ordinal);

        // The cooperative of the seed's dragon fruit was told of the new demand; a new cooperative was not.
        var stranger = site.Browser();
        await Cooperatives.SignedInAsync(site, stranger);
        Assert.DoesNotContain($"/demands/{demand}\"", await stranger.GetStringAsync("/manage/matches"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Browser().GetAsync("/manage/matches")).StatusCode);
    }
}

public sealed class SqliteMatchesAccessTests(SqliteSearchSite site) : MatchesAccessTests<SqliteSearchSite>(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresMatchesAccessTests(PostgresSearchSite site) : MatchesAccessTests<PostgresSearchSite>(site), IClassFixture<PostgresSearchSite>;
