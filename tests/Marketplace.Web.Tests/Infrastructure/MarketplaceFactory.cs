using Marketplace.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real site in process on a real database, with its own data folder (index, mail pickup, and the SQLite file).
/// On PostgreSQL (from MARKETPLACE_TEST_POSTGRES, default: the role .ci/setup creates on 127.0.0.1) each fixture gets
/// a database of its own, created by the site's own migrations and dropped afterwards.
/// </summary>
public abstract class MarketplaceFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataPath { get; init; } = NewDataPath();

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "marketplace-tests", Guid.NewGuid().ToString("N"));

    public string PickupFolder => Path.Combine(DataPath, "mail-pickup");

    /// <summary>"Sqlite" or "Postgres": a subclass picks the provider, so every fixture can run on both.</summary>
    public abstract string ProviderName { get; }

    private bool OnPostgres => ProviderName == "Postgres";

    public string DatabaseName { get; } = "marketplace_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Settings on top of appsettings.json, as environment variables or user secrets would give them.</summary>
    protected virtual Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Marketplace:DataPath"] = DataPath,

            // All requests in a test share one (missing) remote address; the limit itself has its own test.
            ["Marketplace:RateLimits:MessagesPerHour"] = "10000",
            ["Marketplace:Inquiries:SendsPerPersonPerHour"] = "100000",
            ["Marketplace:Inquiries:SendsPerAddressPerHour"] = "100000",
        };
        if (OnPostgres)
        {
            settings["Marketplace:Database:Provider"] = "Postgres";
            settings["Marketplace:Database:ConnectionString"] = TestPostgres.ConnectionString(DatabaseName);
        }

        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings()));

        // Actions that fail or need a role on purpose, to see the error pages (FaultsController).
        builder.ConfigureServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(FaultsController).Assembly));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The site's clock: the real time unless a test moves it on (tests of one fixture run one at a time).</summary>
    public TestClock Clock { get; } = new();

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs work in a DI scope of the running site, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> InDatabaseAsync<T>(Func<MarketplaceDbContext, Task<T>> work) =>
        InScopeAsync(services => work(services.GetRequiredService<MarketplaceDbContext>()));

    public virtual async Task InitializeAsync()
    {
        if (OnPostgres)
        {
            await TestPostgres.EnsureReachableAsync();
        }

        // Start the host now so a start-up failure shows in the fixture, not in the first test.
        _ = Server;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }

        if (OnPostgres)
        {
            await TestPostgres.DropDatabaseAsync(DatabaseName);
        }
    }
}

public sealed class SqliteMarketplace : MarketplaceFactory
{
    public override string ProviderName => "Sqlite";
}

public sealed class PostgresMarketplace : MarketplaceFactory
{
    public override string ProviderName => "Postgres";
}
