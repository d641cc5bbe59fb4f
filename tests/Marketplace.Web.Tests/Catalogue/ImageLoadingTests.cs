using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>
/// The first row of product cards is what a visitor sees first, and its first photo is the largest thing painted
/// (LCP): those load at once, the first with high priority; the cards below wait until they are scrolled near.
/// </summary>
public abstract partial class ImageLoadingTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [GeneratedRegex("""<img [^>]*>""")]
    private static partial Regex Images();

    [Fact]
    public async Task The_first_row_of_the_catalogue_loads_at_once_and_the_rest_when_scrolled_near()
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var photo = Products.Jpeg(800, 600);
        for (var i = 0; i < 6; i++)
        {
            var id = await Products.CreateAsync(owner, Products.Form("Thanh long ảnh " + Guid.NewGuid().ToString("N")[..4]));
            Assert.Equal(HttpStatusCode.Redirect, (await Products.UploadAsync(owner, id, photo, "thanh-long.jpg")).StatusCode);
            await Products.PublishAsync(owner, id);
        }

        var html = await site.CreateClient().GetStringAsync("/catalogue?category=dragon-fruit&t=" + Guid.NewGuid().ToString("N")[..8]);
        var grid = html[html.IndexOf("<ul class=\"product-grid\">", StringComparison.Ordinal)..];
        var images = Images().Matches(grid).Select(m => m.Value).ToList();

        Assert.True(images.Count >= 6, $"{images.Count} card images");
        Assert.All(images.Take(6), image => Assert.Contains("/media/", image, StringComparison.Ordinal));
        Assert.Contains("loading=\"eager\"", images[0], StringComparison.Ordinal);
        Assert.Contains("fetchpriority=\"high\"", images[0], StringComparison.Ordinal);
        Assert.All(images.Skip(1).Take(3), image =>
        {
            Assert.Contains("loading=\"eager\"", image, StringComparison.Ordinal);
            Assert.DoesNotContain("fetchpriority", image, StringComparison.Ordinal);
        });
        Assert.All(images.Skip(4), image =>
        {
            Assert.Contains("loading=\"lazy\"", image, StringComparison.Ordinal);
            Assert.DoesNotContain("fetchpriority", image, StringComparison.Ordinal);
        });
        Assert.Single(Images().Matches(html), m => m.Value.Contains("fetchpriority", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cards_without_a_photo_follow_the_same_rule()
    {
        var html = await site.CreateClient().GetStringAsync("/en/catalogue?category=handicrafts&t=" + Guid.NewGuid().ToString("N")[..8]);
        var grid = html[html.IndexOf("<ul class=\"product-grid\">", StringComparison.Ordinal)..];
        var images = Images().Matches(grid).Select(m => m.Value).ToList();

        Assert.NotEmpty(images);
        Assert.Contains("fetchpriority=\"high\"", images[0], StringComparison.Ordinal);
        Assert.Contains("loading=\"eager\"", images[0], StringComparison.Ordinal);
    }
}

public sealed class SqliteImageLoadingTests(SqliteMarketplace site) : ImageLoadingTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresImageLoadingTests(PostgresMarketplace site) : ImageLoadingTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
