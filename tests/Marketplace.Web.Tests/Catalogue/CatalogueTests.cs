using System.Net;
using System.Text;
using System.Text.Json;
using Marketplace.Catalogue;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

public abstract class CatalogueTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Cooperative_creates_a_product_with_a_photo_publishes_it_and_it_is_public_in_both_languages()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var name = "Thanh long ruột đỏ " + Guid.NewGuid().ToString("N")[..4];
        var id = await Products.CreateAsync(browser, Products.Form(name));

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/products/{id}")).StatusCode);
        var upload = await Products.UploadAsync(browser, id, Products.Jpeg(), "thanh-long.jpg");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("Đã thêm ảnh", await browser.GetStringAsync($"/manage/products/{id}"), StringComparison.Ordinal);
        await Products.PublishAsync(browser, id);

        var anonymous = site.CreateClient();
        var vi = await anonymous.GetStringAsync($"/products/{id}");
        Assert.Contains($"<h1>{name}</h1>", vi, StringComparison.Ordinal);
        // The unit stays on the line of the amount before it (a nowrap group), never alone on the next line.
        Assert.Contains("25.000 ₫ – <span class=\"price-unit\">32.000 ₫ / kg</span>", vi, StringComparison.Ordinal);
        Assert.Contains("200 tấn / tháng", vi, StringComparison.Ordinal);
        Assert.Contains("<strong>VietGAP</strong>", vi, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"" + name, vi, StringComparison.Ordinal);
        Assert.Contains("og:image", vi, StringComparison.Ordinal);
        Assert.Contains(".webp 640w", vi, StringComparison.Ordinal);

        var en = await anonymous.GetStringAsync($"/en/products/{id}");
        Assert.Contains("<h1>Red dragon fruit", en, StringComparison.Ordinal);
        Assert.Contains("₫25,000 – <span class=\"price-unit\">₫32,000 per kg</span>", en, StringComparison.Ordinal);
        Assert.Contains("200 tonne per month", en, StringComparison.Ordinal);

        var listing = await anonymous.GetStringAsync("/catalogue?category=fruit&province=lam-dong");
        Assert.Contains(name, listing, StringComparison.Ordinal);
        Assert.Contains("<span class=\"price\">25.000 ₫ – <span class=\"price-unit\">32.000 ₫ / kg</span></span>", listing, StringComparison.Ordinal);
        using var api = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/products/{id}"));
        Assert.Equal(name, api.RootElement.GetProperty("nameVi").GetString());
        Assert.Equal(32000, api.RootElement.GetProperty("summary").GetProperty("priceMaxVnd").GetInt64());
    }

    [Fact]
    public async Task Photo_file_is_served_re_encoded_and_the_original_is_not_kept()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Xoài cát " + Guid.NewGuid().ToString("N")[..4]));
        var original = Products.Jpeg(900, 600);

        await Products.UploadAsync(browser, id, original, "xoai.jpg");

        var photo = await site.InDatabaseAsync(db => db.ProductPhotos.SingleAsync(p => p.ProductId == id));
        Assert.Equal("320,640", photo.Widths);
        var folder = Path.Combine(site.DataPath, "media", photo.MediaKey);
        Assert.Equal(["320.jpg", "320.webp", "640.jpg", "640.webp"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.DoesNotContain(Directory.GetFiles(folder), f => File.ReadAllBytes(f).AsSpan().SequenceEqual(original));
        var served = await site.CreateClient().GetAsync($"/media/{photo.MediaKey}/640.webp");
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_non_image_upload_is_refused_in_the_persons_language_and_leaves_no_file()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Gạo ST25 " + Guid.NewGuid().ToString("N")[..4]));
        var mediaBefore = MediaFiles();

        var refused = await Products.UploadAsync(browser, id, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "anh.jpg");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Tệp này không phải là ảnh", await browser.GetStringAsync($"/manage/products/{id}"), StringComparison.Ordinal);
        Assert.Equal(mediaBefore, MediaFiles());
        Assert.False(await site.InDatabaseAsync(db => db.ProductPhotos.AnyAsync(p => p.ProductId == id)));
    }

    [Fact]
    public async Task Script_in_a_description_is_not_served_and_decomposed_text_is_stored_composed()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var composed = "Bưởi da xanh " + Guid.NewGuid().ToString("N")[..4];
        var form = Products.Form(composed.Normalize(NormalizationForm.FormD));
        form["DescriptionVi"] = "Ngon <script>alert('x')</script> <img src=x onerror=alert(1)> [link](javascript:alert(1))";
        var id = await Products.CreateAsync(browser, form);
        await Products.PublishAsync(browser, id);

        Assert.Equal(composed, await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.NameVi).SingleAsync()));
        var client = site.CreateClient();
        var html = await client.GetStringAsync($"/products/{id}");
        // The text may be shown (escaped) but never as an element, attribute or link.
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_values_are_shown_back_with_messages_and_nothing_is_lost()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var form = Products.Form("Cà phê " + Guid.NewGuid().ToString("N")[..4]);
        form["PriceMinVnd"] = "50000";
        form["PriceMaxVnd"] = "40000";
        form["CapacityPeriod"] = string.Empty;
        form["PriceMaxVnd"] = "40000";

        var response = await browser.SubmitAsync("/manage/products/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains("Giá thấp nhất phải nhỏ hơn hoặc bằng giá cao nhất", html, StringComparison.Ordinal);
        Assert.Contains("Nhập đủ sản lượng, đơn vị và kỳ", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{form["NameVi"]}\"", html, StringComparison.Ordinal);
        Assert.Contains("Trồng theo **VietGAP**", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeded_catalogue_lists_published_products_and_cooperative_pages_show_expired_certificates_as_expired()
    {
        var client = site.CreateClient();
        var cooperative = await site.InDatabaseAsync(db => db.Certificates
            .Where(c => c.ValidUntil < DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)))
            .Select(c => c.OrganisationId).FirstOrDefaultAsync());
        Assert.True(cooperative > 0, "The seed has an expired certificate.");

        var html = await client.GetStringAsync($"/cooperatives/{cooperative}");

        Assert.Contains("class=\"expired\"", html, StringComparison.Ordinal);
        Assert.Contains("đã hết hạn ngày", html, StringComparison.Ordinal);
        var listing = await client.GetStringAsync("/catalogue");
        Assert.Matches(@"\d+ sản phẩm", listing);
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains("hreflang=\"en\"", sitemap, StringComparison.Ordinal);
        Assert.Contains("/products/", sitemap, StringComparison.Ordinal);

        // Open demands are public pages too; closed and expired ones are not listed.
        var open = await site.InDatabaseAsync(db => db.Demands.Where(d => d.Status == Marketplace.Demands.DemandStatus.Open && d.ValidUntil >= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1))).Select(d => d.Id).FirstAsync());
        var closed = await site.InDatabaseAsync(db => db.Demands.Where(d => d.Status != Marketplace.Demands.DemandStatus.Open).Select(d => d.Id).FirstAsync());
        Assert.Contains($"/demands/{open}<", sitemap, StringComparison.Ordinal);
        Assert.Contains($"/en/demands/{open}<", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/demands/{closed}<", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_or_missing_slug_redirects_permanently_to_the_current_address()
    {
        var id = await site.InDatabaseAsync(db => db.Products.Where(p => p.Status == ProductStatus.Published).Select(p => p.Id).FirstAsync());

        var response = await site.Browser().GetAsync($"/en/products/{id}/old-name");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Matches($"^/en/products/{id}/[a-z0-9-]+$", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Quantities_read_the_same_from_a_number_field_or_typed_with_a_comma_on_a_vietnamese_page()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var form = Products.Form("Tiêu đen " + Guid.NewGuid().ToString("N")[..4]);
        form["CapacityAmount"] = "9.5";
        form["MinimumOrder"] = "12,5";

        var id = await Products.CreateAsync(browser, form);

        var (capacity, minimum) = await site.InDatabaseAsync(async db => await db.Products.Where(p => p.Id == id).Select(p => new { p.CapacityAmount, p.MinimumOrder }).SingleAsync() is var r ? (r.CapacityAmount, r.MinimumOrder) : default);
        Assert.Equal(9.5m, capacity);
        Assert.Equal(12.5m, minimum);
    }

    private string[] MediaFiles()
    {
        var folder = Path.Combine(site.DataPath, "media");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order()] : [];
    }
}

public sealed class SqliteCatalogueTests(SqliteMarketplace site) : CatalogueTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresCatalogueTests(PostgresMarketplace site) : CatalogueTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
