using Marketplace.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Marketplace.E2E;

/// <summary>A buyer on a phone searches from the header: suggestions while typing, results, a facet, within the page budget.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task Buyer_gets_suggestions_while_typing_then_results_and_narrows_them_with_a_facet()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().DrainAsync(CancellationToken.None);
        }

        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);
        var weight = PageWeight.Watch(page);
        await page.GotoAsync(site.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Typed without marks, as on a phone keyboard; the script fills the datalist from /api/v1/suggest.
        await page.Locator("#site-search").PressSequentiallyAsync("thanh l", new() { Delay = 40 });
        var suggestion = page.Locator("#site-search-suggestions option[value='Thanh long ruột đỏ']");
        await suggestion.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 5000 });

        await page.Locator("#site-search").FillAsync("thanh long");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=thanh+long");
        Assert.StartsWith("Thanh long", await page.Locator(".product-grid .product-card .name").First.InnerTextAsync(), StringComparison.Ordinal);

        // On a phone the filters are folded; open them and pick the first certificate.
        await page.Locator("details.facets-box > summary").ClickAsync();
        var certificate = page.Locator(".facet").Nth(2).Locator("a").First;
        var label = (await certificate.InnerTextAsync()).Split('(')[0].Trim();
        await certificate.ClickAsync();
        await page.WaitForURLAsync("**cert=**");
        var selected = string.Join(' ', await page.Locator(".facet a.selected").AllInnerTextsAsync());
        Assert.Contains(label, selected, StringComparison.Ordinal);

        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, "search-phone.png"), FullPage = true });
        await weight.AssertWithinBudgetAsync("/ then /search", output);
        problems.AssertNone();
    }
}
