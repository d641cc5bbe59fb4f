using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Marketplace.E2E;

/// <summary>
/// The bytes a page load received, as the network saw them. Readers are on phones and weak connections, so a first
/// visit stays within <see cref="MaxTotalBytes"/>, of which at most <see cref="MaxScriptBytes"/> JavaScript.
/// </summary>
internal sealed class PageWeight
{
    public const long MaxTotalBytes = 350 * 1024;
    public const long MaxScriptBytes = 50 * 1024;

    private readonly ConcurrentQueue<IRequest> finished = new();

    private PageWeight(IPage page) => page.RequestFinished += (_, request) => finished.Enqueue(request);

    /// <summary>Start before the first navigation, in a fresh context: an empty cache makes it a first visit.</summary>
    public static PageWeight Watch(IPage page) => new(page);

    /// <summary>Writes each response and the totals to the test output, then checks them against the budget.</summary>
    public async Task AssertWithinBudgetAsync(string what, ITestOutputHelper output)
    {
        long total = 0, scripts = 0;
        var requests = finished.ToList();
        foreach (var request in requests)
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

        output.WriteLine($"{what}: {requests.Count} responses, {total:N0} B in total ({total / 1024.0:F1} KB, limit {MaxTotalBytes / 1024} KB), JavaScript {scripts:N0} B ({scripts / 1024.0:F1} KB, limit {MaxScriptBytes / 1024} KB)");
        Assert.NotEmpty(requests);
        Assert.True(total <= MaxTotalBytes, $"The first load of {what} is {total:N0} bytes, over {MaxTotalBytes:N0}.");
        Assert.True(scripts <= MaxScriptBytes, $"The first load of {what} has {scripts:N0} bytes of JavaScript, over {MaxScriptBytes:N0}.");
    }
}
