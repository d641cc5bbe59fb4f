using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Site;

/// <summary>
/// Public pages are served from memory to anonymous visitors, and a saved change shows at the next request (ADR 0015).
/// A page served from the output cache carries an Age header; one built for this request does not.
/// </summary>
public abstract class PageCachingTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/catalogue?province=lam-dong")]
    public async Task A_public_page_is_built_once_and_served_from_memory_to_the_next_visitor(string page)
    {
        var address = Unique(page);
        var first = await site.CreateClient().GetAsync(address);
        var second = await site.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_edit_by_the_cooperative_shows_at_once_on_its_cached_product_page_and_in_the_catalogue()
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var name = "Bưởi da xanh " + Guid.NewGuid().ToString("N")[..4];
        var id = await Products.CreateAsync(owner, Products.Form(name));
        await Products.PublishAsync(owner, id);
        var anonymous = site.CreateClient();
        var listing = Unique("/catalogue?category=fruit");
        Assert.Contains(name, await anonymous.GetStringAsync($"/products/{id}"), StringComparison.Ordinal);
        Assert.Contains(name, await anonymous.GetStringAsync(listing), StringComparison.Ordinal);
        Assert.NotNull((await anonymous.GetAsync($"/products/{id}")).Headers.Age);

        var renamed = name.Replace("Bưởi", "Cam", StringComparison.Ordinal);
        var edit = await owner.SubmitAsync($"/manage/products/{id}", Products.Form(renamed));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        var page = await anonymous.GetAsync($"/products/{id}");
        Assert.Null(page.Headers.Age);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(renamed, html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        var list = await anonymous.GetStringAsync(listing);
        Assert.Contains(renamed, list, StringComparison.Ordinal);
        Assert.DoesNotContain(name, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_member_is_neither_served_a_cached_page_nor_leaves_one_for_others()
    {
        var anonymous = site.CreateClient();
        var page = Unique("/catalogue");
        await anonymous.GetAsync(page);
        var member = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, member);

        var own = await member.GetAsync(page);
        var afterwards = await anonymous.GetAsync(Unique("/catalogue"));

        Assert.Null(own.Headers.Age);
        Assert.Contains(email, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(email, await afterwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("account/sign-out", await (await anonymous.GetAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vietnamese_and_English_pages_are_cached_apart()
    {
        var anonymous = site.CreateClient();
        var page = Unique("/catalogue");
        await anonymous.GetAsync(page);
        await anonymous.GetAsync("/en" + page);

        var vi = await anonymous.GetAsync(page);
        var en = await anonymous.GetAsync("/en" + page);

        Assert.NotNull(vi.Headers.Age);
        Assert.NotNull(en.Headers.Age);
        Assert.Contains("lang=\"vi\"", await vi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_category_shows_at_once_in_the_catalogue_filters()
    {
        var anonymous = site.CreateClient();
        var page = Unique("/catalogue");
        var before = await anonymous.GetStringAsync(page);
        var newName = "Trái cây " + Guid.NewGuid().ToString("N")[..6];
        var oldName = await site.InDatabaseAsync(async db =>
        {
            var fruit = await db.Categories.SingleAsync(c => c.Code == "fruit");
            var old = fruit.NameVi;
            fruit.NameVi = newName;
            await db.SaveChangesAsync();
            return old;
        });
        try
        {
            Assert.Contains(oldName, before, StringComparison.Ordinal);
            var after = await anonymous.GetStringAsync(page);
            Assert.Contains(newName, after, StringComparison.Ordinal);
        }
        finally
        {
            await site.InDatabaseAsync(async db =>
            {
                (await db.Categories.SingleAsync(c => c.Code == "fruit")).NameVi = oldName;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_slug_in_another_case_still_redirects_to_the_cached_canonical_page()
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var id = await Products.CreateAsync(owner, Products.Form("Xoài cát " + Guid.NewGuid().ToString("N")[..4]));
        await Products.PublishAsync(owner, id);
        var anonymous = site.Browser();
        var canonical = (await anonymous.GetAsync($"/products/{id}")).Headers.Location!.OriginalString;
        await anonymous.GetAsync(canonical);
        Assert.NotNull((await anonymous.GetAsync(canonical)).Headers.Age);

        var shouted = await anonymous.GetAsync(canonical.ToUpperInvariant().Replace("/PRODUCTS/", "/products/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.MovedPermanently, shouted.StatusCode);
    }

    /// <summary>An address no other test has asked for, so that what a test finds in the cache is its own.</summary>
    private static string Unique(string page) => page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "t=" + Guid.NewGuid().ToString("N")[..8];
}

public sealed class SqlitePageCachingTests(SqliteMarketplace site) : PageCachingTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresPageCachingTests(PostgresMarketplace site) : PageCachingTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
