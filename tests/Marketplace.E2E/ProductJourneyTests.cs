using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.E2E;

/// <summary>The issue's journey as a person does it, by labels, links and the keyboard; only the filtered catalogue is opened by its address, as a shared link would be.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class ProductJourneyTests(SiteFixture site)
{
    private const string NameVi = "Thanh long ruột trắng sấy dẻo Hàm Thuận";
    private const string NameEn = "Soft-dried white-flesh dragon fruit";

    [Fact]
    public async Task Cooperative_signs_in_creates_a_product_with_a_photo_publishes_it_and_it_appears_on_the_public_page_in_both_languages()
    {
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);
        var mediaTypes = new ConcurrentDictionary<string, string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/media/", StringComparison.Ordinal))
            {
                mediaTypes[response.Url] = response.Headers.GetValueOrDefault("content-type", "");
            }
        };

        await page.GotoAsync(site.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("htx.thanhlong.hamthuan@demo.marketplace.local");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(SiteFixture.DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sản phẩm của tôi", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(ManageList());
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm sản phẩm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(NewProduct());

        await Field(page, "Tên sản phẩm (tiếng Việt)").FillAsync(NameVi);
        await Field(page, "Tên tiếng Anh (không bắt buộc)").FillAsync(NameEn);
        await Field(page, "Nhóm sản phẩm").SelectOptionAsync(new SelectOptionValue { Label = "Trái cây › Thanh long" });
        await Field(page, "Mô tả (tiếng Việt)").FillAsync("Thanh long ruột trắng **sấy dẻo**, không đường, đóng túi 500 g.");
        await Field(page, "Đơn vị bán").SelectOptionAsync(new SelectOptionValue { Label = "kg" });
        await Field(page, "Giá thấp nhất (đồng / đơn vị)").FillAsync("25000");
        await Field(page, "Giá cao nhất (đồng / đơn vị)").FillAsync("32000");
        await Field(page, "Sản lượng có thể cung ứng").FillAsync("40");
        await Field(page, "Đơn vị sản lượng").SelectOptionAsync(new SelectOptionValue { Label = "tấn" });
        await Field(page, "Mỗi").SelectOptionAsync(new SelectOptionValue { Label = "tháng" });
        await Field(page, "Thg 6").CheckAsync();
        await Field(page, "Tỉnh, thành xuất xứ").SelectOptionAsync(new SelectOptionValue { Label = "Lâm Đồng" });
        await SubmitAsync(page, problems, "Lưu");
        await page.WaitForURLAsync(EditProduct());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Sửa sản phẩm: {NameVi}");

        await Field(page, "Chọn ảnh").SetInputFilesAsync(new FilePayload { Name = "thanh-long-say-deo.jpg", MimeType = "image/jpeg", Buffer = TestPhoto.Jpeg() });
        await SubmitAsync(page, problems, "Tải ảnh lên");
        await Assertions.Expect(page.GetByText("Đã thêm ảnh.")).ToBeVisibleAsync();
        var listed = page.Locator("#photos .photo-list img");
        await Assertions.Expect(listed).ToHaveCountAsync(1);
        Assert.True(await NaturalWidthAsync(listed), "The uploaded photo is listed but did not load.");

        await SubmitAsync(page, problems, "Đăng bán");
        await Assertions.Expect(page.GetByText("Sản phẩm đã được đăng.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".status-line strong")).ToHaveTextAsync("Đang bán");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(VietnameseProduct());
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(NameVi, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("25.000 ₫", await page.Locator(".product .price").InnerTextAsync(), StringComparison.Ordinal);
        await AssertPhotoShownAsync(page, mediaTypes);
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "product-vi-390.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(EnglishProduct());
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(NameEn, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("₫25,000", await page.Locator(".product .price").InnerTextAsync(), StringComparison.Ordinal);
        await AssertPhotoShownAsync(page, mediaTypes);
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "product-en-390.png"), FullPage = true });

        await page.GotoAsync(site.Url("/catalogue?category=dragon-fruit&province=lam-dong"));
        await Assertions.Expect(page.Locator(".product-grid").GetByRole(AriaRole.Link, new() { Name = NameVi })).ToBeVisibleAsync();
        await page.GotoAsync(site.Url("/en/catalogue?category=fruit&province=lam-dong"));
        await Assertions.Expect(page.Locator(".product-grid").GetByRole(AriaRole.Link, new() { Name = NameEn })).ToBeVisibleAsync();

        problems.AssertNone();
    }

    /// <summary>Clicks a form's button and, once the site has answered the post, fails with what went wrong, if anything.</summary>
    private static async Task SubmitAsync(IPage page, PageProblems problems, string button)
    {
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST");
        problems.AssertNone();
    }

    // Exact: "Mỗi" or "Thg 1" would otherwise also match longer labels that contain them.
    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static Task<bool> NaturalWidthAsync(ILocator image) =>
        image.EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth > 0, () => false)");

    private static async Task AssertPhotoShownAsync(IPage page, ConcurrentDictionary<string, string> mediaTypes)
    {
        var cover = page.Locator(".gallery img").First;
        Assert.True(await NaturalWidthAsync(cover), "The product photo did not load.");
        var source = await cover.EvaluateAsync<string>("img => img.currentSrc");
        Assert.True(mediaTypes.TryGetValue(source, out var type), $"No response was seen for the photo {source}.");
        Assert.Contains(type, new[] { "image/webp", "image/jpeg" });
    }

    [GeneratedRegex("/manage/products$")]
    private static partial Regex ManageList();

    [GeneratedRegex("/manage/products/new$")]
    private static partial Regex NewProduct();

    [GeneratedRegex(@"/manage/products/\d+$")]
    private static partial Regex EditProduct();

    [GeneratedRegex(@"^http://[^/]+/products/\d+/[a-z0-9-]+$")]
    private static partial Regex VietnameseProduct();

    [GeneratedRegex(@"/en/products/\d+/[a-z0-9-]+$")]
    private static partial Regex EnglishProduct();
}
