using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class HomePageTests(SiteFixture site)
{
    [Fact]
    public async Task Home_page_is_Vietnamese_and_styled_and_its_language_link_leads_to_the_English_home_page()
    {
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);

        var response = await page.GotoAsync(site.Url("/"));
        Assert.Equal(200, response?.Status);
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Kết nối cung cầu cho hợp tác xã", (await page.Locator("h1").InnerTextAsync()).Trim());

        // site.css paints the header green; without the stylesheet it stays transparent.
        var headerBackground = await page.Locator(".site-header").EvaluateAsync<string>("header => getComputedStyle(header).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", headerBackground);
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "home-vi-390x844.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(EnglishHome());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Supply–demand connection for cooperatives", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "home-en-390x844.png"), FullPage = true });

        problems.AssertNone();
    }

    [GeneratedRegex("/en/$")]
    private static partial Regex EnglishHome();
}
