using System.Net;
using Marketplace.Catalogue;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>A member of cooperative A reaches nothing of cooperative B: every action answers 404 and B's product is untouched.</summary>
public abstract class CatalogueAuthorisationTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("GET", "/manage/products/{id}")]
    [InlineData("GET", "/manage/products/{id}/preview")]
    [InlineData("POST", "/manage/products/{id}")]
    [InlineData("POST", "/manage/products/{id}/status")]
    [InlineData("POST", "/manage/products/{id}/delete")]
    [InlineData("POST", "/manage/products/{id}/photos")]
    [InlineData("POST", "/manage/products/{id}/photos/{photo}/delete")]
    [InlineData("POST", "/manage/products/{id}/photos/{photo}/cover")]
    public async Task Member_of_another_cooperative_cannot_read_or_change_a_product(string method, string template)
    {
        var (productId, photoId, before) = await DraftOfCooperativeBAsync();
        var intruder = site.Browser();
        await Cooperatives.SignedInAsync(site, intruder);
        var url = template.Replace("{id}", productId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{photo}", photoId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = method == "GET"
            ? await intruder.GetAsync(url)
            : await intruder.ForgeAsync("/manage/products", new Dictionary<string, string>(Products.Form("Đã bị sửa")) { ["status"] = "Published" }, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Bí mật của B", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(productId));
    }

    [Fact]
    public async Task A_draft_is_not_public_through_pages_or_api()
    {
        var (productId, _, _) = await DraftOfCooperativeBAsync();
        var anonymous = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/products/{productId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/products/{productId}")).StatusCode);
        Assert.DoesNotContain("Bí mật của B", await anonymous.GetStringAsync("/api/v1/products?pageSize=100"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_who_are_not_cooperative_members_are_kept_out_of_product_management()
    {
        var anonymous = await site.Browser().GetAsync("/manage/products");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/sign-in", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var buyer = site.Browser();
        var email = People.Email();
        await buyer.SubmitAsync("/account/sign-up?type=Buyer", People.Buyer(email), "/account/sign-up");
        await buyer.GetAsync(Mailbox.LinkIn(Assert.Single(Mailbox.For(site, email))));
        await buyer.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });
        var denied = await buyer.GetAsync("/manage/products/new");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/error/403", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Cooperative B's draft with one photo, and what it looks like now.</summary>
    private async Task<(int Product, int Photo, string Snapshot)> DraftOfCooperativeBAsync()
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var id = await Products.CreateAsync(owner, new Dictionary<string, string>(Products.Form("Bí mật của B " + Guid.NewGuid().ToString("N")[..4])));
        await Products.UploadAsync(owner, id, Products.Jpeg(400, 300), "b.jpg");
        var photo = await site.InDatabaseAsync(db => db.ProductPhotos.Where(p => p.ProductId == id).Select(p => p.Id).SingleAsync());
        return (id, photo, await SnapshotAsync(id));
    }

    private Task<string> SnapshotAsync(int productId) =>
        site.InDatabaseAsync(async db =>
        {
            var product = await db.Products.AsNoTracking().Include(p => p.Photos).SingleOrDefaultAsync(p => p.Id == productId);
            return product is null ? "deleted" : $"{product.NameVi}|{product.Status}|{product.PriceMinVnd}|{string.Join(',', product.Photos.Select(p => $"{p.Id}:{p.Position}"))}";
        });
}

public sealed class SqliteCatalogueAuthorisationTests(SqliteMarketplace site) : CatalogueAuthorisationTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresCatalogueAuthorisationTests(PostgresMarketplace site) : CatalogueAuthorisationTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
