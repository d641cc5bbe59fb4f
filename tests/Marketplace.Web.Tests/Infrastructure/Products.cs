using System.Net;
using NetVips;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Products made the way a cooperative makes them: through the form.</summary>
internal static class Products
{
    public static Dictionary<string, string> Form(string name) => new()
    {
        ["NameVi"] = name,
        ["NameEn"] = "Red dragon fruit " + name[^4..],
        ["CategoryCode"] = "dragon-fruit",
        ["DescriptionVi"] = "Trồng theo **VietGAP** tại Hàm Thuận Bắc.",
        ["OriginProvinceCode"] = "lam-dong",
        ["OriginPlace"] = "Bình Thuận",
        ["Unit"] = "Kg",
        ["PriceMinVnd"] = "25000",
        ["PriceMaxVnd"] = "32000",
        ["CapacityAmount"] = "200",
        ["CapacityUnit"] = "Tan",
        ["CapacityPeriod"] = "Month",
        ["HarvestMonths"] = "5",
    };

    /// <returns>The id of the new product, from the address the form redirects to.</returns>
    public static async Task<int> CreateAsync(HttpClient browser, Dictionary<string, string> form)
    {
        var created = await browser.SubmitAsync("/manage/products/new", form);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> PublishAsync(HttpClient browser, int id) =>
        browser.SubmitAsync($"/manage/products/{id}", new Dictionary<string, string> { ["status"] = "Published" }, $"/manage/products/{id}/status");

    public static Task<HttpResponseMessage> UploadAsync(HttpClient browser, int id, byte[] file, string fileName) =>
        browser.UploadAsync($"/manage/products/{id}", $"/manage/products/{id}/photos", "photo", file, fileName);

    /// <summary>A real photo-like JPEG (gradient and noise), made here rather than shipped.</summary>
    public static byte[] Jpeg(int width = 1600, int height = 1200)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 30);
        using var image = noise.Cast(Enums.BandFormat.Uchar);
        using var colour = image.Bandjoin(image, image);
        return colour.JpegsaveBuffer(q: 85);
    }
}
