using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Search;
using Marketplace.Search.Indexing;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Web.Tests.Search;

/// <summary>An engine in front of the real one that refuses chosen documents (as Elasticsearch refuses a document its mapping rejects) or is down.</summary>
public sealed class RefusingSearchEngine(ISearchEngine inner) : ISearchEngine
{
    public readonly HashSet<string> Refused = [];

    public volatile bool Down;

    public string Name => inner.Name;

    public Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);

    public Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("Test engine is down.");
        }

        lock (Refused)
        {
            if (documents.FirstOrDefault(d => Refused.Contains(d.Id)) is { } refused)
            {
                throw new InvalidOperationException($"mapper_parsing_exception: document {refused.Id} refused.");
            }
        }

        return inner.IndexAsync(index, documents, cancellationToken);
    }

    public Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Down ? throw new HttpRequestException("Test engine is down.") : inner.DeleteAsync(index, ids, cancellationToken);

    public Task ResetAsync(string index, CancellationToken cancellationToken) => inner.ResetAsync(index, cancellationToken);

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken cancellationToken) => inner.SuggestAsync(query, cancellationToken);
}

/// <summary>The seeded site with a refusing engine, a limit of three attempts, and no worker: the tests drain themselves, so attempts are counted exactly.</summary>
public abstract class ParkingSite : MarketplaceFactory
{
    public const int MaxAttempts = 3;

    public RefusingSearchEngine Engine => Services.GetRequiredService<RefusingSearchEngine>();

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Marketplace:Search:OutboxMaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SearchIndexingWorker)));
            var real = services.Last(d => d.ServiceType == typeof(ISearchEngine));
            services.Remove(real);
            services.AddSingleton(sp => new RefusingSearchEngine((ISearchEngine)real.ImplementationFactory!(sp)));
            services.AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<RefusingSearchEngine>());
        });
    }
}

public sealed class SqliteParkingSite : ParkingSite
{
    public override string ProviderName => "Sqlite";
}

public sealed class PostgresParkingSite : ParkingSite
{
    public override string ProviderName => "Postgres";
}

/// <summary>One change the engine refuses cannot hold up the others: it is parked after a bounded number of attempts (ADR 0011).</summary>
public abstract class OutboxParkingTests<TSite>(TSite site) : IAsyncLifetime
    where TSite : ParkingSite
{
    public Task InitializeAsync() => site.InScopeAsync(async services =>
    {
        await services.GetRequiredService<SearchIndexer>().DrainAsync(CancellationToken.None);
        return true;
    });

    public Task DisposeAsync()
    {
        site.Engine.Down = false;
        lock (site.Engine.Refused)
        {
            site.Engine.Refused.Clear();
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_refused_document_is_parked_after_the_limit_while_the_good_ones_are_indexed_and_a_reindex_clears_it()
    {
        var (good, bad, other) = await RenameAsync("Zqgood", "Zqbad", "Zqother");
        Refuse(bad);

        var failures = 0;
        for (var pass = 0; pass < ParkingSite.MaxAttempts + 2 && !await IsParkedAsync(bad); pass++)
        {
            try
            {
                await DrainBatchAsync();
            }
            catch (InvalidOperationException)
            {
                failures++;
            }
        }

        // The good changes went through at the first failed batch; the bad one failed three times and is parked.
        Assert.Equal([good], await FoundAsync("zqgood"));
        Assert.Equal([other], await FoundAsync("zqother"));
        Assert.Empty(await FoundAsync("zqbad"));
        var parked = Assert.Single(await site.InDatabaseAsync(db => db.SearchOutbox.Where(e => e.ParkedAtUtc != null).ToListAsync()));
        Assert.Equal((SearchIndexes.Products, bad.ToString(System.Globalization.CultureInfo.InvariantCulture), ParkingSite.MaxAttempts), (parked.Index, parked.EntityId, parked.Attempts));
        Assert.Contains("mapper_parsing_exception", parked.LastError, StringComparison.Ordinal);
        Assert.True(failures < ParkingSite.MaxAttempts, $"{failures} passes failed outright");

        // Parked, it holds up nothing: a later change drains without an error.
        var (later, _, _) = await RenameAsync("Zqlater", null, null);
        await site.InScopeAsync(async s =>
        {
            await s.GetRequiredService<SearchIndexer>().DrainAsync(CancellationToken.None);
            return true;
        });
        Assert.Equal([later], await FoundAsync("zqlater"));

        // /health counts it and is degraded until a reindex.
        var search = await SearchHealthAsync();
        Assert.Equal("Degraded", search.GetProperty("status").GetString());
        Assert.Equal(1, search.GetProperty("data").GetProperty("outboxParked").GetInt32());
        Assert.Equal(0, search.GetProperty("data").GetProperty("outboxPending").GetInt32());

        // The document is fixed (here: the engine takes it again); a rebuild of the index clears the parked entry.
        lock (site.Engine.Refused)
        {
            site.Engine.Refused.Clear();
        }

        await site.InScopeAsync(s => s.GetRequiredService<Reindexer>().RebuildAsync(SearchIndexes.Products, null, CancellationToken.None));
        Assert.Equal(0, await site.InDatabaseAsync(db => db.SearchOutbox.CountAsync(e => e.ParkedAtUtc != null)));
        Assert.Equal([bad], await FoundAsync("zqbad"));
        var healthy = await SearchHealthAsync();
        Assert.Equal("Healthy", healthy.GetProperty("status").GetString());
        Assert.Equal(0, healthy.GetProperty("data").GetProperty("outboxParked").GetInt32());
    }

    [Fact]
    public async Task An_engine_that_is_down_parks_nothing_however_often_it_fails()
    {
        var (first, second, third) = await RenameAsync("Zqdownone", "Zqdowntwo", "Zqdownthree");
        site.Engine.Down = true;

        for (var pass = 0; pass < ParkingSite.MaxAttempts + 2; pass++)
        {
            await Assert.ThrowsAsync<HttpRequestException>(DrainBatchAsync);
        }

        var kept = await site.InDatabaseAsync(db => db.SearchOutbox.ToListAsync());
        Assert.Equal(3, kept.Count);
        Assert.All(kept, e => Assert.Null(e.ParkedAtUtc));
        Assert.All(kept, e => Assert.True(e.Attempts > ParkingSite.MaxAttempts, $"{e.Attempts} attempts"));

        site.Engine.Down = false;
        await DrainBatchAsync();
        Assert.Equal([first], await FoundAsync("zqdownone"));
        Assert.Equal([second], await FoundAsync("zqdowntwo"));
        Assert.Equal([third], await FoundAsync("zqdownthree"));
        Assert.Equal(0, await site.InDatabaseAsync(db => db.SearchOutbox.CountAsync()));
    }

    private void Refuse(int id)
    {
        lock (site.Engine.Refused)
        {
            site.Engine.Refused.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private Task<int> DrainBatchAsync() => site.InScopeAsync(s => s.GetRequiredService<SearchIndexer>().DrainBatchAsync(CancellationToken.None));

    private Task<bool> IsParkedAsync(int id) =>
        site.InDatabaseAsync(db => db.SearchOutbox.AnyAsync(e => e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.ParkedAtUtc != null));

    private async Task<JsonElement> SearchHealthAsync()
    {
        var response = await Health.DetailsAsync(site);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("search");
    }

    private async Task<List<int>> FoundAsync(string words)
    {
        var page = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/products?q=" + Uri.EscapeDataString(words));
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    /// <summary>Gives up to three published seed products (not used by another test here) a word of their own, in one save.</summary>
    private Task<(int, int, int)> RenameAsync(string first, string? second, string? third) => site.InDatabaseAsync(async db =>
    {
        var taken = await db.Products.Where(p => p.NameVi.StartsWith("Zq")).Select(p => p.Id).ToListAsync();
        var products = await db.Products
            .Where(p => p.Status == Marketplace.Catalogue.ProductStatus.Published && p.HiddenAtUtc == null && !taken.Contains(p.Id))
            .OrderBy(p => p.Id).Take(3).ToListAsync();
        string?[] names = [first, second, third];
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name)
            {
                products[i].NameVi = name + " chè";
            }
        }

        await db.SaveChangesAsync();
        return (products[0].Id, second is null ? 0 : products[1].Id, third is null ? 0 : products[2].Id);
    });
}

public sealed class SqliteOutboxParkingTests(SqliteParkingSite site) : OutboxParkingTests<SqliteParkingSite>(site), IClassFixture<SqliteParkingSite>;

public sealed class PostgresOutboxParkingTests(PostgresParkingSite site) : OutboxParkingTests<PostgresParkingSite>(site), IClassFixture<PostgresParkingSite>;
