using Marketplace.Data;
using Marketplace.Media.LocalFolder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Marketplace.Media.Tests.LocalFolder;

public sealed class LocalFolderMediaStoreTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "marketplace-media-" + Guid.NewGuid().ToString("N"));

    private readonly ServiceProvider provider;

    private readonly IMediaStore store;

    public LocalFolderMediaStoreTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = dataPath, ContentRootFileProvider = new NullFileProvider() });
        services.Configure<MarketplaceOptions>(o => o.DataPath = Path.Combine(dataPath, "data"));
        services.AddSingleton<DataPaths>();
        services.AddLocalFolderMedia();
        provider = services.BuildServiceProvider();
        store = provider.GetRequiredService<IMediaStore>();
    }

    public void Dispose()
    {
        provider.Dispose();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task A_saved_file_is_read_back_under_the_data_folder_and_a_second_save_replaces_it()
    {
        await store.SaveAsync("p42-a1b2", "640.webp", new byte[] { 1, 2, 3 }, CancellationToken.None);
        await store.SaveAsync("p42-a1b2", "640.webp", new byte[] { 4, 5 }, CancellationToken.None);

        Assert.Equal([4, 5], Read("p42-a1b2", "640.webp"));
        Assert.Equal(["640.webp"], Directory.EnumerateFiles(Path.Combine(dataPath, "data", "media", "p42-a1b2")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_keys_file_names_are_listed_and_an_unknown_or_climbing_key_lists_none()
    {
        await store.SaveAsync("c9", "200.jpg", new byte[] { 1 }, CancellationToken.None);
        await store.SaveAsync("c9", "200.webp", new byte[] { 2 }, CancellationToken.None);

        Assert.Equal(["200.jpg", "200.webp"], store.FileNames("c9"));
        Assert.Empty(store.FileNames("nothing-here"));
        Assert.Empty(store.FileNames(".."));
        Assert.Empty(store.FileNames("../media"));
    }

    [Fact]
    public async Task Deleting_a_key_removes_all_its_files_and_a_missing_one_is_not_an_error()
    {
        await store.SaveAsync("p7", "320.jpg", new byte[] { 1 }, CancellationToken.None);
        await store.SaveAsync("p7", "640.jpg", new byte[] { 2 }, CancellationToken.None);

        await store.DeleteAsync("p7", CancellationToken.None);
        await store.DeleteAsync("p7", CancellationToken.None);

        Assert.Null(store.Open("p7", "320.jpg"));
        Assert.False(Directory.Exists(Path.Combine(dataPath, "data", "media", "p7")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("...")]
    [InlineData("../data")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("/etc")]
    [InlineData("")]
    [InlineData("ảnh")]
    public async Task A_key_or_name_that_could_leave_the_media_folder_is_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(name, "a.jpg", new byte[] { 1 }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("p1", name, new byte[] { 1 }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(name, CancellationToken.None));
        Assert.Null(store.Open(name, "a.jpg"));
        Assert.Null(store.Open("p1", name));

        // No file was written anywhere, inside the media folder or out of it.
        Assert.Empty(Directory.Exists(dataPath) ? Directory.EnumerateFiles(dataPath, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void A_name_longer_than_100_characters_is_refused() =>
        Assert.Null(store.Open(new string('a', 101), "a.jpg"));

    private byte[] Read(string key, string fileName)
    {
        using var stream = store.Open(key, fileName) ?? throw new FileNotFoundException(fileName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
