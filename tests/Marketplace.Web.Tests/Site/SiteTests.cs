using System.Net;
using Marketplace.Accounts;
using Marketplace.Seed;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Site;

/// <summary>What must hold on every database provider: run by <see cref="SqliteSiteTests"/> and <see cref="PostgresSiteTests"/>.</summary>
public abstract class SiteTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    protected TSite Site { get; } = site;

    [Fact]
    public async Task Site_starts_with_migrations_applied_and_reports_healthy()
    {
        var response = await Health.DetailsAsync(Site);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.HtmlAsync();
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"database\"", body, StringComparison.Ordinal);
        Assert.Contains("\"search\"", body, StringComparison.Ordinal);
        Assert.Empty(await Site.InDatabaseAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Contains(Site.ProviderName, await Site.InDatabaseAsync(db => Task.FromResult(db.Database.ProviderName!)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Model_has_no_change_that_a_migration_does_not_cover() =>
        Assert.False(await Site.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));

    [Fact]
    public async Task Seed_loaded_reference_data_and_demo_organisations()
    {
        var (provinces, former, cooperatives, roles) = await Site.InDatabaseAsync(async db => (
            await db.Provinces.CountAsync(),
            await db.FormerProvinces.CountAsync(),
            await db.Organisations.CountAsync(o => o.Type == OrganisationType.Cooperative),
            await db.Roles.CountAsync()));

        Assert.Equal(34, provinces);
        Assert.Equal(63, former);
        Assert.True(cooperatives >= 3, $"{cooperatives} demo cooperatives");
        Assert.Equal(4, roles);
        Assert.Equal("lam-dong", await Site.InDatabaseAsync(db => db.FormerProvinces.Where(f => f.NameVi == "Bình Thuận").Select(f => f.ProvinceCode).SingleAsync()));
    }

    [Fact]
    public async Task Loading_the_seed_twice_changes_nothing()
    {
        var before = await CountRowsAsync();

        var written = await Site.InScopeAsync(services => services.GetRequiredService<SeedLoader>().LoadAsync(CancellationToken.None));

        Assert.Equal(0, written);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_seed_that_fails_while_writing_leaves_nothing_half_loaded()
    {
        var seed = CopyOfSeedWithNewCategoryAndUser();
        var before = await CountRowsAsync();

        var error = await Assert.ThrowsAsync<SeedException>(() => Site.InScopeAsync(services =>
            ActivatorUtilities.CreateInstance<SeedLoader>(services, Microsoft.Extensions.Options.Options.Create(new SeedOptions { Path = seed, DemoPassword = "short" }))
                .LoadAsync(CancellationToken.None)));

        Assert.Equal("demo/users.json", error.File);
        Assert.True(error.Line > 1);
        Assert.Equal(before, await CountRowsAsync());
        Assert.False(await Site.InDatabaseAsync(db => db.Categories.AnyAsync(c => c.Code == "test-only-category")));
    }

    /// <summary>A copy of content-seed/ that adds a category (written first) and a demo person whose password the site refuses (written last).</summary>
    private static string CopyOfSeedWithNewCategoryAndUser()
    {
        var root = Path.Combine(Path.GetTempPath(), "marketplace-seed-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(AppContext.BaseDirectory, "content-seed");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var categories = Path.Combine(root, "reference/categories.json");
        var text = File.ReadAllText(categories).TrimEnd();
        File.WriteAllText(categories, text[..^1].TrimEnd() + ",\n  { \"code\": \"test-only-category\", \"parent\": null, \"vi\": \"Thử\", \"en\": \"Test\" }\n]\n");

        var users = Path.Combine(root, "demo/users.json");
        var people = File.ReadAllText(users).TrimEnd();
        File.WriteAllText(users, people[..^1].TrimEnd() + $",\n  {{ \"email\": \"{People.Email()}\", \"fullName\": \"Người Thử\", \"role\": \"Buyer\" }}\n]\n");
        return root;
    }

    private Task<(int, int, int, int, int)> CountRowsAsync() =>
        Site.InDatabaseAsync(async db => (
            await db.Provinces.CountAsync(),
            await db.FormerProvinces.CountAsync(),
            await db.Categories.CountAsync(),
            await db.CertificateTypes.CountAsync(),
            await db.Organisations.CountAsync(o => o.SeedKey != null)));
}

public sealed class SqliteSiteTests(SqliteMarketplace site) : SiteTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>
{
    [Fact]
    public async Task Sqlite_file_is_in_the_data_folder_in_wal_mode_with_a_busy_timeout()
    {
        var (journal, timeout, foreignKeys) = await Site.InDatabaseAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return (await PragmaAsync(db, "journal_mode"), await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "foreign_keys"));
        });

        Assert.True(File.Exists(Path.Combine(Site.DataPath, "marketplace.db")));
        Assert.Equal("wal", journal);
        Assert.Equal("5000", timeout);
        Assert.Equal("1", foreignKeys);
    }

    private static async Task<string> PragmaAsync(Marketplace.Data.MarketplaceDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

public sealed class PostgresSiteTests(PostgresMarketplace site) : SiteTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
