using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Search;
using Marketplace.Search.Indexing;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Search;

/// <summary>The index follows the database through the outbox, even when the engine is down for a while.</summary>
public abstract class IndexConsistencyTests<TSite>(TSite site) : IAsyncLifetime
    where TSite : SearchSite
{
    public Task InitializeAsync() => site.IndexedAsync();

    public Task DisposeAsync()
    {
        site.Engine.Failing = false;
        return Task.CompletedTask;
    }

    private async Task<List<int>> FoundAsync(string words)
    {
        var page = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/products?q=" + Uri.EscapeDataString(words));
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    /// <summary>Renames a published seed product straight in the database, as any handler would save it.</summary>
    private Task<int> RenameAsync(string newName) => site.InDatabaseAsync(async db =>
    {
        var product = await db.Products.Where(p => p.Status == Marketplace.Catalogue.ProductStatus.Published && p.HiddenAtUtc == null).OrderBy(p => p.Id).Skip(7).FirstAsync();
        product.NameVi = newName;
        await db.SaveChangesAsync();
        return product.Id;
    });

    [Fact]
    public async Task A_saved_change_writes_its_outbox_entry_in_the_same_transaction()
    {
        var id = await site.InDatabaseAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            product.NameVi = "Tên tạm";
            await db.SaveChangesAsync();
            var inside = await db.SearchOutbox.AnyAsync(e => e.Index == SearchIndexes.Products && e.EntityId == product.Id.ToString());
            Assert.True(inside);
            await transaction.RollbackAsync();
            return product.Id;
        });

        // Rolled back together: neither the change nor its entry remains.
        var (name, entries) = await site.InDatabaseAsync(async db => (
            await db.Products.Where(p => p.Id == id).Select(p => p.NameVi).SingleAsync(),
            await db.SearchOutbox.CountAsync(e => e.Index == SearchIndexes.Products && e.EntityId == id.ToString() && e.Attempts > 100)));
        Assert.NotEqual("Tên tạm", name);
        Assert.Equal(0, entries);
    }

    [Fact]
    public async Task A_change_is_searchable_once_the_worker_has_run_without_anyone_asking()
    {
        var id = await RenameAsync("Khoai lang mật Zvworker");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await FoundAsync("zvworker")).Contains(id) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal([id], await FoundAsync("zvworker"));
    }

    [Fact]
    public async Task With_the_engine_down_the_data_is_saved_and_the_outbox_kept_and_it_catches_up_when_the_engine_returns()
    {
        site.Engine.Failing = true;
        var id = await RenameAsync("Mít Thái Zqoutage");

        // Saved regardless of the engine.
        Assert.Equal("Mít Thái Zqoutage", await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.NameVi).SingleAsync()));

        // A drain attempt fails and keeps the entry, counting the attempt; /health says so.
        await Assert.ThrowsAsync<HttpRequestException>(() => site.InScopeAsync(async s => await s.GetRequiredService<SearchIndexer>().DrainBatchAsync(CancellationToken.None)));
        var kept = await site.InDatabaseAsync(db => db.SearchOutbox.Where(e => e.Index == SearchIndexes.Products && e.EntityId == id.ToString()).ToListAsync());
        Assert.NotEmpty(kept);
        Assert.True(kept.Max(e => e.Attempts) >= 1);
        var down = await Health.DetailsAsync(site);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var search = (await down.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("search");
        Assert.Equal("Unhealthy", search.GetProperty("status").GetString());
        Assert.True(search.GetProperty("data").GetProperty("outboxPending").GetInt32() >= 1);

        // The search page says so in the reader's language and keeps the words; nothing fails.
        var page = await site.CreateClient().GetAsync("/search?q=mit+thai");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Tìm kiếm tạm thời gián đoạn", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await site.CreateClient().GetAsync("/api/v1/products?q=mit+thai");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        // Back: the backlog drains and the index is right.
        site.Engine.Failing = false;
        await site.IndexedAsync();
        Assert.Equal([id], await FoundAsync("zqoutage"));
        Assert.Equal(0, await site.InDatabaseAsync(db => db.SearchOutbox.CountAsync()));
        var healthy = await (await Health.DetailsAsync(site)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, healthy.GetProperty("checks").GetProperty("search").GetProperty("data").GetProperty("outboxPending").GetInt32());
    }

    [Fact]
    public async Task A_product_that_stops_being_public_leaves_the_index()
    {
        var id = await RenameAsync("Bơ sáp Zxhidden");
        await site.IndexedAsync();
        Assert.Equal([id], await FoundAsync("zxhidden"));

        await site.InDatabaseAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.Status = Marketplace.Catalogue.ProductStatus.Archived;
            await db.SaveChangesAsync();
            return true;
        });
        await site.IndexedAsync();
        Assert.Empty(await FoundAsync("zxhidden"));
    }

    [Fact]
    public async Task The_rebuild_command_restores_a_lost_index_from_the_database()
    {
        await site.Engine.ResetAsync(SearchIndexes.Products, CancellationToken.None);
        Assert.Equal(0, (await site.Engine.SearchAsync(new SearchQuery(SearchIndexes.Products), CancellationToken.None)).Total);

        var rebuilt = await site.InScopeAsync(s => s.GetRequiredService<Reindexer>().RebuildAsync(SearchIndexes.Products, null, CancellationToken.None));
        var publicProducts = await site.InDatabaseAsync(db => Marketplace.Catalogue.Browse.CatalogueVisibility.PubliclyVisible(db.Products, db).CountAsync());
        Assert.True(rebuilt >= publicProducts);
        Assert.Equal(publicProducts, (await site.Engine.SearchAsync(new SearchQuery(SearchIndexes.Products), CancellationToken.None)).Total);
    }
}

public sealed class SqliteIndexConsistencyTests(SqliteSearchSite site) : IndexConsistencyTests<SqliteSearchSite>(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresIndexConsistencyTests(PostgresSearchSite site) : IndexConsistencyTests<PostgresSearchSite>(site), IClassFixture<PostgresSearchSite>;
