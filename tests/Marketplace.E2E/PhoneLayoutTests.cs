using Marketplace.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.E2E;

/// <summary>A 412 px wide phone (review issue 10): search results first, one search box, prices that keep their unit, a placeholder that fits.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(SiteFixture site)
{
    private static readonly ViewportSize WidePhone = new() { Width = 412, Height = 915 };

    [Theory]
    [InlineData("/search?q=ca+phe", "search-vi-412.png")]
    [InlineData("/en/search?q=coffee", "search-en-412.png")]
    public async Task Search_shows_products_first_on_the_first_screen_with_one_search_box_holding_the_words(string address, string screenshot)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().DrainAsync(CancellationToken.None);
        }

        await using var context = await site.NewContextAsync(WidePhone);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);
        await page.GotoAsync(site.Url(address), new() { WaitUntil = WaitUntilState.NetworkIdle });

        var firstCard = await page.Locator(".product-grid .product-card").First.BoundingBoxAsync();
        Assert.NotNull(firstCard);
        Assert.True(firstCard.Y < 600, $"The first product starts {firstCard.Y:0} px down.");

        // In reading order the products come before the cooperatives and demands the words name too.
        var productsFirst = await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.also')].every(also => document.querySelector('.product-grid').compareDocumentPosition(also) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(productsFirst, "A list of cooperatives or demands comes before the products.");

        var visibleBoxes = await page.Locator("input[type=search]:visible").CountAsync();
        Assert.Equal(1, visibleBoxes);
        Assert.Equal(address.Contains("coffee", StringComparison.Ordinal) ? "coffee" : "ca phe", await page.Locator("#site-search").InputValueAsync());

        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ArtifactsPath, screenshot), FullPage = true });
        problems.AssertNone();
    }

    [Theory]
    [InlineData("/catalogue")]
    [InlineData("/en/catalogue")]
    public async Task A_price_never_leaves_its_unit_alone_on_a_line(string address)
    {
        await using var context = await site.NewContextAsync(WidePhone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(address));

        // A nowrap group lays out as one box: the last amount and its unit share a line.
        var split = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.price')].filter(p => { const unit = p.querySelector('.price-unit'); return !unit || unit.getClientRects().length !== 1; }).map(p => p.textContent)");
        Assert.True(split.Length == 0, "Prices whose unit may stand alone: " + string.Join(" | ", split));
        Assert.True(await page.Locator(".price-unit").CountAsync() > 4);
    }

    [Theory]
    [InlineData("/", 412)]
    [InlineData("/en/", 412)]
    [InlineData("/", 360)]
    [InlineData("/en/", 360)]
    public async Task The_header_search_placeholder_fits_its_box(string address, int width)
    {
        await using var context = await site.NewContextAsync(new ViewportSize { Width = width, Height = 800 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(address));

        var measured = await page.Locator("#site-search").EvaluateAsync<double[]>("""
            input => {
              const style = getComputedStyle(input);
              const context = document.createElement('canvas').getContext('2d');
              context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              return [context.measureText(input.placeholder).width, input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
            }
            """);
        var (text, room) = (measured[0], measured[1]);
        Assert.True(text <= room, $"The placeholder needs {text:0} px and has {room:0} px.");
    }
}
