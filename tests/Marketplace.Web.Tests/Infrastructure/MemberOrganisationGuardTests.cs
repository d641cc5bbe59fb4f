using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The one guard in front of every management action (MemberOrganisation.cs): a member whose account has no
/// organisation (removed from it by staff, say) is refused before the action runs, with each route's own answer
/// (403 for lists and forms, 404 where an id is named), and nothing is read or changed for organisation 0.
/// Ownership stays the handlers' business: another cooperative's product is still 404.
/// </summary>
public abstract class MemberOrganisationGuardTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("GET", "/manage/products", HttpStatusCode.Forbidden)]
    [InlineData("GET", "/manage/products/new", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/manage/products/new", HttpStatusCode.Forbidden)]
    [InlineData("GET", "/manage/products/{id}", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/manage/products/{id}/delete", HttpStatusCode.Forbidden)]
    [InlineData("GET", "/manage/products/{id}/preview", HttpStatusCode.NotFound)]
    [InlineData("POST", "/manage/products/{id}/photos/{photo}/delete", HttpStatusCode.NotFound)]
    [InlineData("GET", "/manage/products/{id}/lots/new", HttpStatusCode.NotFound)]
    [InlineData("GET", "/manage/products/{id}/labels", HttpStatusCode.NotFound)]
    [InlineData("GET", "/manage/profile", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/manage/certificates/1/delete", HttpStatusCode.NotFound)]
    [InlineData("GET", "/manage/matches", HttpStatusCode.Forbidden)]
    public async Task Cooperative_member_without_an_organisation_is_refused_and_nothing_changes(string method, string template, HttpStatusCode expected)
    {
        var member = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, member);
        var (productId, photoId) = await ProductWithPhotoAsync(member, "Sản phẩm cũ " + Guid.NewGuid().ToString("N")[..6]);
        var before = await SnapshotAsync(productId);
        await RemoveFromOrganisationAsync(email);

        var response = await SendAsync(member, method, Url(template, productId, photoId), Products.Form("Đã bị sửa"));

        AssertRefused(expected, response);
        Assert.Equal(before, await SnapshotAsync(productId));
    }

    [Theory]
    [InlineData("GET", "/manage/demands", HttpStatusCode.Forbidden)]
    [InlineData("GET", "/manage/demands/new", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/manage/demands/new", HttpStatusCode.Forbidden)]
    [InlineData("GET", "/manage/demands/{id}/edit", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/manage/demands/{id}/close", HttpStatusCode.NotFound)]
    public async Task Buyer_without_an_organisation_is_refused_and_nothing_changes(string method, string template, HttpStatusCode expected)
    {
        var buyer = site.Browser();
        var (email, _) = await Buyers.SignedInAsync(site, buyer);
        var title = "Nhu cầu cũ " + Guid.NewGuid().ToString("N")[..6];
        var demandId = await Buyers.PostDemandAsync(buyer, Buyers.DemandForm(title));
        var before = await DemandSnapshotAsync(demandId);
        await RemoveFromOrganisationAsync(email);

        var response = await SendAsync(buyer, method, Url(template, demandId, 0), Buyers.DemandForm(title + " mới"));

        AssertRefused(expected, response);
        Assert.Equal(before, await DemandSnapshotAsync(demandId));
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title + " mới")));
    }

    [Fact]
    public async Task Api_post_by_a_buyer_without_an_organisation_answers_403_in_the_language_asked_for()
    {
        var buyer = site.Browser();
        var (email, _) = await Buyers.SignedInAsync(site, buyer);
        await RemoveFromOrganisationAsync(email);
        var title = "Không có công ty " + Guid.NewGuid().ToString("N")[..6];

        var response = await buyer.PostAsJsonAsync("/api/v1/demands?lang=en", new Dictionary<string, object?> { ["title"] = title });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Only buyer companies can post demands.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await site.InDatabaseAsync(db => db.Demands.AnyAsync(d => d.Title == title)));

        // The organisation is not something a client can send: the API document offers no such parameter.
        Assert.DoesNotContain("\"organisation\"", await site.CreateClient().GetStringAsync("/openapi/v1.json"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GET", "/manage/products/{id}")]
    [InlineData("POST", "/manage/products/{id}/delete")]
    [InlineData("GET", "/manage/products/{id}/lots/new")]
    [InlineData("GET", "/manage/products/{id}/labels")]
    public async Task Member_with_an_organisation_still_cannot_reach_another_cooperatives_product(string method, string template)
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var secret = "Bí mật " + Guid.NewGuid().ToString("N")[..6];
        var (productId, photoId) = await ProductWithPhotoAsync(owner, secret);
        var before = await SnapshotAsync(productId);
        var intruder = site.Browser();
        await Cooperatives.SignedInAsync(site, intruder);

        var response = await SendAsync(intruder, method, Url(template, productId, photoId), Products.Form("Đã bị sửa"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(productId));
    }

    /// <summary>Forbid shows the 403 page through a redirect (the cookie's access-denied path); 404 answers in place.</summary>
    private static void AssertRefused(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, response.StatusCode);
        }
    }

    /// <summary>A POST carries the member's own antiforgery token (from the sign-out form every page has).</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient browser, string method, string url, Dictionary<string, string> form) =>
        method == "GET" ? browser.GetAsync(url) : browser.ForgeAsync("/", form, url);

    private static string Url(string template, int id, int photo) =>
        template.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{photo}", photo.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private async Task<(int Product, int Photo)> ProductWithPhotoAsync(HttpClient owner, string name)
    {
        var id = await Products.CreateAsync(owner, new Dictionary<string, string>(Products.Form(name)));
        await Products.UploadAsync(owner, id, Products.Jpeg(400, 300), "a.jpg");
        var photo = await site.InDatabaseAsync(db => db.ProductPhotos.Where(p => p.ProductId == id).Select(p => p.Id).SingleAsync());
        return (id, photo);
    }

    /// <summary>The account stays, signed in and in its role; only its organisation is gone (read afresh on each request).</summary>
    private Task RemoveFromOrganisationAsync(string email) =>
        site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.OrganisationId, (int?)null)));

    private Task<string> DemandSnapshotAsync(int demandId) =>
        site.InDatabaseAsync(async db =>
        {
            var demand = await db.Demands.AsNoTracking().SingleAsync(d => d.Id == demandId);
            return $"{demand.Title}|{demand.Status}|{demand.ClosedAtUtc:O}|{demand.UpdatedAtUtc:O}";
        });

    private Task<string> SnapshotAsync(int productId) =>
        site.InDatabaseAsync(async db =>
        {
            var product = await db.Products.AsNoTracking().Include(p => p.Photos).SingleOrDefaultAsync(p => p.Id == productId);
            return product is null ? "deleted" : $"{product.NameVi}|{product.Status}|{product.PriceMinVnd}|{string.Join(',', product.Photos.Select(p => $"{p.Id}:{p.Position}"))}";
        });
}

public sealed class SqliteMemberOrganisationGuardTests(SqliteMarketplace site) : MemberOrganisationGuardTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresMemberOrganisationGuardTests(PostgresMarketplace site) : MemberOrganisationGuardTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
