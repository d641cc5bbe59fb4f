using System.Globalization;
using System.Net;
using System.Text;
using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Web.Areas.Catalogue;
using Marketplace.Web.Areas.Catalogue.Controllers;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Marketplace.Web.Tests.Catalogue;

/// <summary>Lots, public trace pages (/t/{code}), their QR codes and printable label sheets.</summary>
public abstract class TraceTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Trace_page_of_a_published_product_shows_the_product_its_cooperative_and_certificates_with_validity()
    {
        var seeded = await SeededLotAsync();
        var anonymous = site.CreateClient();

        var html = await anonymous.GetStringAsync($"/t/{seeded.ProductTraceCode}");

        Assert.Contains($"<h1>{seeded.ProductName}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(seeded.CooperativeName, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/products/{Invariant(seeded.ProductId)}/", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/cooperatives/", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"certificates\">", html, StringComparison.Ordinal);
        Assert.Matches("còn hiệu lực đến|đã hết hạn ngày", html);
        Assert.Contains("noindex", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lô hàng ", html, StringComparison.Ordinal);

        var english = await anonymous.GetStringAsync($"/en/t/{seeded.ProductTraceCode}");
        Assert.Contains("Certificates covering this product", english, StringComparison.Ordinal);
        Assert.Matches("valid until|expired on", english);
    }

    [Fact]
    public async Task A_seeded_lots_trace_code_shows_the_lot()
    {
        var seeded = await SeededLotAsync();

        var html = await site.CreateClient().GetStringAsync($"/t/{seeded.LotTraceCode}");

        Assert.Contains($"Lô hàng {seeded.LotCode}", html, StringComparison.Ordinal);
        Assert.Contains(seeded.LotDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{seeded.ProductName}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_typed_in_capitals_redirects_to_the_one_address_of_its_page()
    {
        var seeded = await SeededLotAsync();

        var response = await site.Browser().GetAsync($"/t/{seeded.LotTraceCode.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/t/{seeded.LotTraceCode}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_drafts_trace_page_and_qr_codes_are_not_found_and_neither_are_unknown_codes()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Bản nháp " + Guid.NewGuid().ToString("N")[..4]));
        var code = await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.TraceCode).SingleAsync());
        var anonymous = site.CreateClient();

        foreach (var url in new[] { $"/t/{code}", $"/en/t/{code}", $"/t/{code}/qr.svg", $"/t/{code}/qr.png", "/t/zzzzzzzzzz", "/t/zzzzzzzzzz/qr.png", "/t/abc-def" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
            Assert.Null(response.Headers.CacheControl?.MaxAge);
        }

        await Products.PublishAsync(browser, id);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/t/{code}")).StatusCode);
    }

    [Fact]
    public async Task Qr_codes_are_svg_and_png_that_encode_the_vietnamese_trace_address_and_are_cached_long()
    {
        var seeded = await SeededLotAsync();
        var anonymous = site.CreateClient();
        var url = $"http://localhost:5080/t/{seeded.LotTraceCode}";

        // Both languages answer with the same code: the QR always leads to the Vietnamese page, which has the language switch.
        foreach (var path in new[] { $"/t/{seeded.LotTraceCode}/qr.svg", $"/en/t/{seeded.LotTraceCode}/qr.svg" })
        {
            var svg = await anonymous.GetAsync(path);
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromDays(365), svg.Headers.CacheControl?.MaxAge);
            Assert.Equal(QrCoderSvg(url), await svg.Content.ReadAsStringAsync());
        }

        var png = await anonymous.GetAsync($"/t/{seeded.LotTraceCode}/qr.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.True(png.Headers.CacheControl?.Public);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal(QrCoderPng(url), bytes);
        using var image = NetVips.Image.NewFromBuffer(bytes);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);

        // The module matrix includes the four-module quiet zone on each side; ten pixels per module.
        Assert.Equal(data.ModuleMatrix.Count * TraceQrCodes.PngPixelsPerModule, image.Width);
        Assert.Equal(image.Width, image.Height);
    }

    [Fact]
    public void The_qr_class_draws_exactly_what_qrcoder_draws_for_the_url_at_error_correction_m()
    {
        var codes = new TraceQrCodes();
        const string url = "https://cho-htx.vn/t/abcdefghjk";

        Assert.Equal(QrCoderSvg(url), codes.Svg(url));
        Assert.Equal(QrCoderPng(url), codes.Png(url));
        Assert.NotEqual(QrCoderSvg("https://cho-htx.vn/t/abcdefghjm"), codes.Svg(url));
    }

    [Fact]
    public async Task A_lot_with_wrong_values_is_refused_in_vietnamese_and_nothing_is_saved()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..4]));

        var response = await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string>
        {
            ["LotCode"] = "   ",
            ["Date"] = DateTime.UtcNow.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["GrowingArea"] = new string('x', 301),
            ["Quantity"] = "12",
            ["Unit"] = string.Empty,
        }, $"/manage/products/{id}/lots");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains("Vui lòng nhập mã lô.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày phải từ năm 2000 đến không quá một năm sau hôm nay.", html, StringComparison.Ordinal);
        Assert.Contains("Vùng trồng dài tối đa 300 ký tự.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn đơn vị cho sản lượng.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12\"", html, StringComparison.Ordinal);

        var negative = await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string>
        {
            ["LotCode"] = "TL-01",
            ["Date"] = "1999-12-31",
            ["Quantity"] = "-3",
            ["Unit"] = "Kg",
        }, $"/manage/products/{id}/lots");
        var negativeHtml = await negative.HtmlAsync();
        Assert.Contains("Ngày phải từ năm 2000", negativeHtml, StringComparison.Ordinal);
        Assert.Contains("Sản lượng là một số không âm", negativeHtml, StringComparison.Ordinal);

        // A quantity that is not a number does not hide the other mistakes.
        var notANumber = await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string>
        {
            ["LotCode"] = string.Empty,
            ["Date"] = "2026-01-01",
            ["Quantity"] = "mười",
        }, $"/manage/products/{id}/lots");
        var notANumberHtml = await notANumber.HtmlAsync();
        Assert.Contains("Sản lượng là một số không âm", notANumberHtml, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập mã lô.", notANumberHtml, StringComparison.Ordinal);

        Assert.False(await site.InDatabaseAsync(db => db.Lots.AnyAsync(l => l.ProductId == id)));
    }

    [Fact]
    public async Task A_lot_is_added_listed_shown_on_its_trace_page_and_its_code_is_unique_within_the_product()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var name = "Thanh long ruột đỏ " + Guid.NewGuid().ToString("N")[..4];
        var id = await Products.CreateAsync(browser, Products.Form(name));
        var area = "Lô 3, thôn Lập Phước, xã Hàm Liêm";
        var lot = new Dictionary<string, string>
        {
            ["LotCode"] = " TL-2611-A ",
            ["Date"] = "2026-11-05",
            ["GrowingArea"] = area.Normalize(NormalizationForm.FormD),
            ["Quantity"] = "9,5",
            ["Unit"] = "Tan",
        };

        var added = await browser.SubmitAsync($"/manage/products/{id}", lot, $"/manage/products/{id}/lots");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var saved = await site.InDatabaseAsync(db => db.Lots.AsNoTracking().SingleAsync(l => l.ProductId == id));
        Assert.Equal("TL-2611-A", saved.Code);
        Assert.Equal(area, saved.GrowingArea);
        Assert.Equal(9.5m, saved.Quantity);
        Assert.Equal(SalesUnit.Tan, saved.Unit);
        var page = await browser.GetStringAsync($"/manage/products/{id}");
        Assert.Contains("Đã thêm lô hàng.", page, StringComparison.Ordinal);
        Assert.Contains("Lô hàng TL-2611-A", page, StringComparison.Ordinal);
        Assert.Contains("9,5 tấn", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains($"/manage/products/{id}/labels?lot={saved.Id}", page, StringComparison.Ordinal);

        var again = await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string>(lot) { ["LotCode"] = "tl-2611-a" }, $"/manage/products/{id}/lots");
        Assert.Contains("Sản phẩm này đã có lô mang mã này", await again.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await site.InDatabaseAsync(db => db.Lots.CountAsync(l => l.ProductId == id)));

        await Products.PublishAsync(browser, id);
        var trace = await site.CreateClient().GetStringAsync($"/t/{saved.TraceCode}");
        Assert.Contains("Lô hàng TL-2611-A", trace, StringComparison.Ordinal);
        Assert.Contains(area, trace, StringComparison.Ordinal);
        Assert.Contains("9,5 tấn", trace, StringComparison.Ordinal);
        Assert.Contains($"<h1>{name}</h1>", trace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lot_is_updated_and_deleted_and_its_trace_code_stays_while_it_lives()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var id = await Products.CreateAsync(browser, Products.Form("Xoài cát " + Guid.NewGuid().ToString("N")[..4]));
        await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string> { ["LotCode"] = "X-01", ["Date"] = "2026-05-01" }, $"/manage/products/{id}/lots");
        var before = await site.InDatabaseAsync(db => db.Lots.AsNoTracking().SingleAsync(l => l.ProductId == id));

        var updated = await browser.SubmitAsync($"/manage/products/{id}/lots/{before.Id}", new Dictionary<string, string> { ["LotCode"] = "X-02", ["Date"] = "2026-05-02", ["Quantity"] = "3", ["Unit"] = "Tan" });

        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var after = await site.InDatabaseAsync(db => db.Lots.AsNoTracking().SingleAsync(l => l.Id == before.Id));
        Assert.Equal(("X-02", new DateOnly(2026, 5, 2), before.TraceCode), (after.Code, after.Date, after.TraceCode));

        var deleted = await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string>(), $"/manage/products/{id}/lots/{before.Id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await site.InDatabaseAsync(db => db.Lots.AnyAsync(l => l.Id == before.Id)));
    }

    [Fact]
    public async Task Label_sheet_fills_an_a4_page_with_the_lots_labels()
    {
        var browser = site.Browser();
        await Cooperatives.SignedInAsync(site, browser);
        var name = "Bưởi da xanh " + Guid.NewGuid().ToString("N")[..4];
        var form = Products.Form(name);
        form["OcopStars"] = "4";
        var id = await Products.CreateAsync(browser, form);
        await browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string> { ["LotCode"] = "BDX-01", ["Date"] = "2026-08-15" }, $"/manage/products/{id}/lots");
        var lot = await site.InDatabaseAsync(db => db.Lots.AsNoTracking().SingleAsync(l => l.ProductId == id));

        var html = await browser.GetStringAsync($"/manage/products/{id}/labels?lot={lot.Id}");

        Assert.Equal(ManageLotsController.LabelsPerPage, html.Split("class=\"label\"").Length - 1);
        Assert.Contains("Lô BDX-01 · 15/08/2026", html, StringComparison.Ordinal);
        Assert.Contains($"localhost:5080/t/{lot.TraceCode}", html, StringComparison.Ordinal);
        Assert.Contains("★★★★", html, StringComparison.Ordinal);
        Assert.Contains("window.print()", html, StringComparison.Ordinal);
        var productSheet = await browser.GetStringAsync($"/manage/products/{id}/labels");
        Assert.Contains(name, productSheet, StringComparison.Ordinal);
        Assert.DoesNotContain("Lô BDX-01", productSheet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/manage/products/{id}/lots/new")]
    [InlineData("POST", "/manage/products/{id}/lots")]
    [InlineData("GET", "/manage/products/{id}/lots/{lot}")]
    [InlineData("POST", "/manage/products/{id}/lots/{lot}")]
    [InlineData("POST", "/manage/products/{id}/lots/{lot}/delete")]
    [InlineData("GET", "/manage/products/{id}/labels")]
    [InlineData("GET", "/manage/products/{id}/labels?lot={lot}")]
    [InlineData("GET", "/manage/products/{own}/labels?lot={lot}")]
    [InlineData("GET", "/manage/products/{own}/lots/{lot}")]
    [InlineData("POST", "/manage/products/{own}/lots/{lot}")]
    [InlineData("POST", "/manage/products/{own}/lots/{lot}/delete")]
    public async Task Member_of_another_cooperative_cannot_read_or_change_a_lot_or_print_its_labels(string method, string template)
    {
        var (productId, lotId, before) = await LotOfCooperativeBAsync();
        var intruder = site.Browser();
        await Cooperatives.SignedInAsync(site, intruder);
        var own = await Products.CreateAsync(intruder, Products.Form("Của A " + Guid.NewGuid().ToString("N")[..4]));
        var url = template.Replace("{id}", Invariant(productId), StringComparison.Ordinal)
            .Replace("{own}", Invariant(own), StringComparison.Ordinal)
            .Replace("{lot}", Invariant(lotId), StringComparison.Ordinal);

        var response = method == "GET"
            ? await intruder.GetAsync(url)
            : await intruder.ForgeAsync("/manage/products", new Dictionary<string, string>
            {
                ["LotCode"] = "BỊ-SỬA",
                ["Date"] = "2026-01-01",
                ["GrowingArea"] = "Đã bị sửa",
            }, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Vườn bí mật của B", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await LotSnapshotAsync(productId));
        Assert.False(await site.InDatabaseAsync(db => db.Lots.AnyAsync(l => l.ProductId == own)));
    }

    /// <summary>Cooperative B's draft with one lot, and what its lots look like now.</summary>
    private async Task<(int Product, int Lot, string Snapshot)> LotOfCooperativeBAsync()
    {
        var owner = site.Browser();
        await Cooperatives.SignedInAsync(site, owner);
        var id = await Products.CreateAsync(owner, Products.Form("Sản phẩm của B " + Guid.NewGuid().ToString("N")[..4]));
        var added = await owner.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string>
        {
            ["LotCode"] = "B-01",
            ["Date"] = "2026-10-01",
            ["GrowingArea"] = "Vườn bí mật của B",
            ["Quantity"] = "4",
            ["Unit"] = "Tan",
        }, $"/manage/products/{id}/lots");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var lot = await site.InDatabaseAsync(db => db.Lots.Where(l => l.ProductId == id).Select(l => l.Id).SingleAsync());
        return (id, lot, await LotSnapshotAsync(id));
    }

    private Task<string> LotSnapshotAsync(int productId) =>
        site.InDatabaseAsync(async db =>
        {
            var lots = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Id).ToListAsync();
            return string.Join(';', lots.Select(l => $"{l.Id}:{l.Code}|{l.Date:O}|{l.GrowingArea}|{l.Quantity}|{l.Unit}|{l.TraceCode}"));
        });

    private sealed record SeededLot(int ProductId, string ProductName, string ProductTraceCode, string CooperativeName, string LotCode, DateOnly LotDate, string LotTraceCode);

    /// <summary>A lot of a seeded public product that has certificates (content-seed/demo/products.json).</summary>
    private Task<SeededLot> SeededLotAsync() =>
        site.InDatabaseAsync(async db =>
            await (from l in db.Lots
                   join p in db.Products.PubliclyVisible(db) on l.ProductId equals p.Id
                   join o in db.Organisations on p.OrganisationId equals o.Id
                   where p.Certificates.Any() && p.SeedKey != null
                   orderby l.Id
                   select new SeededLot(p.Id, p.NameVi, p.TraceCode, o.Name, l.Code, l.Date, l.TraceCode)).FirstAsync());

    private static string QrCoderSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(1, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static byte[] QrCoderPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(10, true);
    }
}

public sealed class SqliteTraceTests(SqliteMarketplace site) : TraceTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresTraceTests(PostgresMarketplace site) : TraceTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
