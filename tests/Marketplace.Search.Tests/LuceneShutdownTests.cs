using Marketplace.Search.Lucene;

namespace Marketplace.Search.Tests;

/// <summary>
/// A disposed engine leaves nothing writing in its folder: no index reopened by a late caller, no write or merge
/// still running. (CI once failed deleting a test site's data folder, "Directory not empty: .../cooperatives".)
/// </summary>
public sealed class LuceneShutdownTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "marketplace-lucene-shutdown-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_call_after_disposal_is_refused_and_writes_nothing()
    {
        var engine = new LuceneSearchEngine(folder);
        await engine.IndexAsync("products", Documents(0, 50), CancellationToken.None);
        engine.Dispose();
        Directory.Delete(folder, recursive: true);

        // An indexing pass that was still running when the site stopped, reaching an index it had not opened yet.
        await Assert.ThrowsAsync<ObjectDisposedException>(() => engine.IndexAsync("cooperatives", Documents(0, 5), CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => engine.SearchAsync(new SearchQuery("products") { Text = "chè", Fields = [new("name")] }, CancellationToken.None));

        Assert.False(Directory.Exists(folder), "The disposed engine wrote into its folder.");
    }

    [Fact]
    public async Task Disposal_while_writers_are_busy_waits_for_them_and_leaves_the_folder_deletable()
    {
        for (var cycle = 0; cycle < 5; cycle++)
        {
            var engine = new LuceneSearchEngine(folder);
            using var stop = new CancellationTokenSource();
            var writers = new[] { "products", "cooperatives", "demands" }.Select(index => Task.Run(async () =>
            {
                // Many small commits: each is a segment, and every few of them start a background merge.
                for (var batch = 0; ; batch++)
                {
                    try
                    {
                        await engine.IndexAsync(index, Documents(batch * 20, 20), CancellationToken.None);
                        await engine.SearchAsync(new SearchQuery(index) { Text = "chè", Fields = [new("name")] }, CancellationToken.None);
                    }
                    catch (ObjectDisposedException)
                    {
                        return batch;
                    }
                }
            })).ToList();

            await Task.Delay(150 + (cycle * 50));
            engine.Dispose();
            var batches = await Task.WhenAll(writers);

            Directory.Delete(folder, recursive: true);
            await Task.Delay(300);
            Assert.False(Directory.Exists(folder), $"Something wrote into the folder after disposal (cycle {cycle}, {string.Join("/", batches)} batches).");
        }
    }

    private static List<SearchDocument> Documents(int from, int count) =>
        Enumerable.Range(from, count).Select(i =>
        {
            var document = new SearchDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            document.Text["name"] = $"Chè Shan tuyết {i}";
            document.Keywords["category"] = ["tea"];
            return document;
        }).ToList();
}
