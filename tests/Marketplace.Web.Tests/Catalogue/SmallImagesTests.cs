using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>
/// A logo narrower than 320 px and a certificate scan narrower than 640 px are shown, not broken: the pages name those
/// widths and the image is never enlarged, so the nearest rendition answers (issue 10).
/// </summary>
public abstract partial class SmallImagesTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task A_small_logo_is_served_where_the_pages_link_it()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.UploadAsync("/manage/profile", "/manage/profile/logo", "logo", Products.Jpeg(200, 200), "small.jpg")).StatusCode);

        var src = ImageSource().Match(await browser.GetStringAsync("/manage/profile"));
        Assert.True(src.Success, "The profile page shows no logo");
        Assert.EndsWith("/320.jpg", src.Groups[1].Value, StringComparison.Ordinal);
        await AssertJpegAsync(src.Groups[1].Value, 200);
    }

    [Fact]
    public async Task A_small_certificate_scan_is_served_where_the_pages_link_it()
    {
        var browser = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, browser);
        var added = await browser.SubmitAsync("/manage/profile", new Dictionary<string, string>
        {
            ["Certificate.TypeCode"] = "vietgap",
            ["Certificate.Number"] = "VG-" + Guid.NewGuid().ToString("N")[..6],
            ["Certificate.ValidUntil"] = Buyers.Day(Buyers.Today.AddYears(1)),
        }, "/manage/certificates");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var certificate = await site.InDatabaseAsync(db => db.Certificates.Where(c => db.Users.Any(u => u.Email == email && u.OrganisationId == c.OrganisationId)).Select(c => c.Id).SingleAsync());

        var uploaded = await browser.UploadAsync("/manage/profile", $"/manage/certificates/{certificate}/document", "document", Products.Jpeg(500, 700), "small.jpg");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var page = await browser.GetStringAsync("/manage/profile");
        var link = DocumentLink().Match(page);
        Assert.True(link.Success, "The profile page links no certificate scan");
        Assert.EndsWith("/640.jpg", link.Groups[1].Value, StringComparison.Ordinal);
        await AssertJpegAsync(link.Groups[1].Value, 320);
    }

    private async Task AssertJpegAsync(string url, int width)
    {
        var image = await site.CreateClient().GetAsync(url.StartsWith('/') ? url : new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        using var decoded = NetVips.Image.NewFromBuffer(await image.Content.ReadAsByteArrayAsync());
        Assert.Equal(width, decoded.Width);
    }

    [GeneratedRegex("<img class=\"logo\" src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();

    [GeneratedRegex("<a href=\"([^\"]*/media/[^\"]+)\">")]
    private static partial Regex DocumentLink();
}

public sealed class SqliteSmallImagesTests(SqliteMarketplace site) : SmallImagesTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresSmallImagesTests(PostgresMarketplace site) : SmallImagesTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
