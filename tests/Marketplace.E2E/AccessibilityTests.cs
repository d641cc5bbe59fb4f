using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marketplace.E2E;

/// <summary>
/// axe-core (every default rule: WCAG 2.x A and AA and the best practices) finds nothing on the public pages, in both languages, and on a
/// cooperative's and a buyer's forms, at phone size. A violation fails with the rule, the element and axe's help link.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    // Every rule axe runs by default: WCAG 2.x A and AA and the best practices (landmark-unique, region...).
    private static readonly AxeRunOptions AllRules = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/catalogue")]
    [InlineData("/en/catalogue?category=fruit")]
    [InlineData("/demands")]
    [InlineData("/search?q=thanh+long")]
    [InlineData("/en/search?q=dragon+fruit")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/sign-up")]
    [InlineData("/en/account/sign-up")]
    [InlineData("/error/404")]
    public async Task Public_page_has_no_axe_violation(string path)
    {
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url(path));

        await AssertNoViolationsAsync(page, path);
    }

    [Fact]
    public async Task Product_and_cooperative_pages_have_no_axe_violation_in_either_language()
    {
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/catalogue"));
        var product = await page.Locator("a[href*='/products/']").First.GetAttributeAsync("href");
        await page.GotoAsync(site.Url(product!));
        var cooperative = await page.Locator("a[href*='/cooperatives/']").First.GetAttributeAsync("href");

        foreach (var path in new[] { product!, "/en" + product, cooperative!, "/en" + cooperative })
        {
            await page.GotoAsync(site.Url(path));
            await AssertNoViolationsAsync(page, path);
        }
    }

    [Theory]
    [InlineData("htx.thanhlong.hamthuan@demo.marketplace.local", "/manage/products/new")]
    [InlineData("htx.thanhlong.hamthuan@demo.marketplace.local", "/manage/products")]
    [InlineData("htx.thanhlong.hamthuan@demo.marketplace.local", "/manage/profile")]
    [InlineData("thumua.saigonxanh@demo.marketplace.local", "/manage/demands")]
    [InlineData("thumua.saigonxanh@demo.marketplace.local", "/manage/demands/new")]
    [InlineData("thumua.saigonxanh@demo.marketplace.local", "/manage/matches")]
    public async Task Signed_in_form_has_no_axe_violation(string email, string path)
    {
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await site.SignInAsync(page, email);

        await page.GotoAsync(site.Url(path));

        Assert.DoesNotContain("/account/sign-in", page.Url, StringComparison.Ordinal);
        await AssertNoViolationsAsync(page, path);
    }

    [Theory]
    [InlineData("htx.thanhlong.hamthuan@demo.marketplace.local", "/manage/products/new", "refused-product-vi-390.png")]
    [InlineData("thumua.saigonxanh@demo.marketplace.local", "/en/manage/demands/new", "refused-demand-en-390.png")]
    public async Task A_refused_form_shows_its_summary_first_and_has_no_axe_violation(string email, string path, string screenshot)
    {
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await site.SignInAsync(page, email);
        await page.GotoAsync(site.Url(path));

        // Sent empty, as a person in a hurry would: the same page comes back with the summary at the top of the form.
        await page.Locator("form.form.wide button[type=submit]").Last.ClickAsync();

        var summary = page.Locator(".error-summary");
        await summary.WaitForAsync();
        Assert.True(await summary.Locator("li a").CountAsync() >= 2, "The summary lists fewer than two mistakes");
        Assert.True((await summary.BoundingBoxAsync())!.Y < 844, "The summary is not on the first screen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, screenshot), FullPage = false });
        await AssertNoViolationsAsync(page, path + " (refused)");
    }

    internal static async Task AssertNoViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe(AllRules);
        var found = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {n.Target} — {v.Help} {v.HelpUrl}"))
            .ToList();
        Assert.True(found.Count == 0, $"{path}:\n" + string.Join("\n", found));
    }
}
