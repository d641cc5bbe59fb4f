using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Marketplace.E2E;

/// <summary>Readers are on phones and weak connections: the first visit must stay light.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageWeightTests(SiteFixture site, ITestOutputHelper output)
{
    private const long MaxTotalBytes = 350 * 1024;
    private const long MaxScriptBytes = 50 * 1024;

    [Fact]
    public async Task First_load_of_the_home_page_weighs_at_most_350_KB_of_which_at_most_50_KB_JavaScript()
    {
        // A fresh context has an empty cache, so this is a first visit.
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);
        var finished = new ConcurrentQueue<IRequest>();
        page.RequestFinished += (_, request) => finished.Enqueue(request);

        await page.GotoAsync(site.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle });

        long total = 0, scripts = 0;
        foreach (var request in finished)
        {
            // Bytes as received: headers plus the encoded (possibly compressed) body.
            var sizes = await request.SizesAsync();
            var bytes = (long)sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            total += bytes;
            if (request.ResourceType == "script")
            {
                scripts += bytes;
            }

            output.WriteLine($"{bytes,9:N0} B  {request.ResourceType,-10} {request.Url}");
        }

        output.WriteLine($"{finished.Count} responses, {total:N0} B in total ({total / 1024.0:F1} KB, limit {MaxTotalBytes / 1024} KB), JavaScript {scripts:N0} B ({scripts / 1024.0:F1} KB, limit {MaxScriptBytes / 1024} KB)");
        Assert.NotEmpty(finished);
        Assert.True(total <= MaxTotalBytes, $"The first load of / is {total:N0} bytes, over {MaxTotalBytes:N0}.");
        Assert.True(scripts <= MaxScriptBytes, $"The first load of / has {scripts:N0} bytes of JavaScript, over {MaxScriptBytes:N0}.");
        problems.AssertNone();
    }
}
