using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>
/// A product's and a cooperative's address holds a slug in the page's language. Every link the page writes to itself
/// in the other language (switch, hreflang, canonical) and to its cooperative is the final address: 200, no 301.
/// </summary>
public abstract partial class LanguageLinksTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [GeneratedRegex("""<link rel="(?:alternate|canonical)"(?: hreflang="[^"]+")? href="([^"]+)">""")]
    private static partial Regex HeadLinks();

    [GeneratedRegex("""<a href="([^"]+)" hreflang="[^"]+" lang="[^"]+">""")]
    private static partial Regex LanguageSwitch();

    [GeneratedRegex(""""(?:href="|")((?:https?://[^/"]+)?/(?:en/)?cooperatives/[^"]+)"""")]
    private static partial Regex CooperativeLinks();

    [Theory]
    [InlineData("")]
    [InlineData("/en")]
    public async Task Every_language_and_cooperative_link_of_a_product_page_answers_200(string culture)
    {
        var (product, _) = await BilingualProductAsync();
        var page = await CanonicalAsync($"{culture}/products/{product}");

        var links = LinksOf(page, CooperativeLinks());

        Assert.Contains(links, l => l.Contains("/cooperatives/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/en/products/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/products/", StringComparison.Ordinal));
        await AllAnswer200Async(links);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/en")]
    public async Task Every_language_link_of_a_cooperative_page_answers_200(string culture)
    {
        var (_, cooperative) = await BilingualProductAsync();
        var page = await CanonicalAsync($"{culture}/cooperatives/{cooperative}");

        var links = LinksOf(page);

        Assert.Contains(links, l => l.StartsWith("/en/cooperatives/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/cooperatives/", StringComparison.Ordinal));
        await AllAnswer200Async(links);
    }

    /// <returns>A published product whose name, and whose cooperative's name, differ in English and Vietnamese.</returns>
    private async Task<(int Product, int Cooperative)> BilingualProductAsync()
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var product = await Products.CreateAsync(owner, Products.Form("Thanh long ruột đỏ " + Guid.NewGuid().ToString("N")[..4]));
        await Products.PublishAsync(owner, product);
        var cooperative = await site.InDatabaseAsync(async db =>
        {
            var id = await db.Products.Where(p => p.Id == product).Select(p => p.OrganisationId).SingleAsync();
            (await db.Organisations.SingleAsync(o => o.Id == id)).NameEn = "Red Dragon Fruit Cooperative " + Guid.NewGuid().ToString("N")[..4];
            await db.SaveChangesAsync();
            return id;
        });
        return (product, cooperative);
    }

    /// <summary>The page at its canonical address (an address without its slug redirects there once).</summary>
    private async Task<string> CanonicalAsync(string address)
    {
        var browser = site.Browser();
        var redirect = await browser.GetAsync(address);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        var page = await browser.GetAsync(redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    private static List<string> LinksOf(string html, params Regex[] more) =>
        new[] { HeadLinks(), LanguageSwitch() }.Concat(more)
            .SelectMany(pattern => pattern.Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
            .Select(href => Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : href)
            .Distinct()
            .ToList();

    private async Task AllAnswer200Async(List<string> links)
    {
        Assert.True(links.Count >= 2, string.Join(", ", links));
        foreach (var link in links)
        {
            var response = await site.Browser().GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}

public sealed class SqliteLanguageLinksTests(SqliteMarketplace site) : LanguageLinksTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresLanguageLinksTests(PostgresMarketplace site) : LanguageLinksTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
