using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Marketplace.E2E;

/// <summary>
/// Everything that went wrong while a page was in use: console errors, script errors, failed requests, HTTP
/// status 400 and above, and errors the site logged meanwhile. End-to-end tests fail on any of them (STYLE.md).
/// </summary>
internal sealed class PageProblems
{
    private readonly ConcurrentQueue<string> problems = new();
    private readonly ServerLog serverLog;
    private readonly int serverErrorsBefore;

    private PageProblems(IPage page, ServerLog serverLog)
    {
        this.serverLog = serverLog;
        serverErrorsBefore = serverLog.Errors.Count;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
    }

    public static PageProblems Watch(IPage page, ServerLog serverLog) => new(page, serverLog);

    public void AssertNone()
    {
        var all = problems.Concat(serverLog.Errors.Skip(serverErrorsBefore).Select(e => $"server: {e}")).ToList();
        Assert.True(all.Count == 0, $"{all.Count} problem(s) while the page was open:{Environment.NewLine}{string.Join(Environment.NewLine, all)}");
    }
}
