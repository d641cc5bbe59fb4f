using Marketplace.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The real site in process on a real database, with its own data folder (SQLite file, index, mail pickup).</summary>
public abstract class MarketplaceFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataPath { get; init; } = NewDataPath();

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "marketplace-tests", Guid.NewGuid().ToString("N"));

    public string PickupFolder => Path.Combine(DataPath, "mail-pickup");

    public abstract string ProviderName { get; }

    /// <summary>Settings on top of appsettings.json, as environment variables or user secrets would give them.</summary>
    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["Marketplace:DataPath"] = DataPath,

        // All requests in a test share one (missing) remote address; the limit itself has its own test.
        ["Marketplace:RateLimits:MessagesPerHour"] = "10000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings()));

        // Actions that fail or need a role on purpose, to see the error pages (FaultsController).
        builder.ConfigureServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(FaultsController).Assembly));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs work in a DI scope of the running site, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> InDatabaseAsync<T>(Func<MarketplaceDbContext, Task<T>> work) =>
        InScopeAsync(services => work(services.GetRequiredService<MarketplaceDbContext>()));

    public virtual Task InitializeAsync()
    {
        // Start the host now so a start-up failure shows in the fixture, not in the first test.
        _ = Server;
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}

public sealed class SqliteMarketplace : MarketplaceFactory
{
    public override string ProviderName => "Sqlite";
}

/// <summary>
/// PostgreSQL from MARKETPLACE_TEST_POSTGRES (default: the role .ci/setup creates on 127.0.0.1). Each fixture
/// gets a database of its own, created by the site's own migrations and dropped afterwards.
/// </summary>
public sealed class PostgresMarketplace : MarketplaceFactory
{
    public override string ProviderName => "Postgres";

    public string DatabaseName { get; } = "marketplace_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Marketplace:Database:Provider"] = "Postgres";
        settings["Marketplace:Database:ConnectionString"] = TestPostgres.ConnectionString(DatabaseName);
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await TestPostgres.EnsureReachableAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(DatabaseName);
    }
}
