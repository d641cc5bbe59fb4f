using Marketplace.Data;
using Marketplace.Migrations.Postgres;
using Marketplace.Migrations.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>One DbContext on the provider the settings choose; Data Protection keys kept in it.</summary>
internal static class DataModule
{
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<MarketplaceDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            _ = database.ProviderKind switch
            {
                DatabaseProvider.Postgres => options.UseMarketplacePostgres(database.ConnectionString!),
                _ => options.UseMarketplaceSqlite(string.IsNullOrWhiteSpace(database.ConnectionString)
                    ? SqliteProvider.DefaultConnectionString(services.GetRequiredService<DataPaths>().Root)
                    : database.ConnectionString),
            };

            // Caches of database rows (reference tables, public pages) learn of each save from it.
            options.AddInterceptors(services.GetRequiredService<SavedChangesInterceptor>());
        });
        builder.Services.AddSingleton<SavedChangesInterceptor>();
        builder.Services.AddDataProtection().SetApplicationName("Marketplace").PersistKeysToDbContext<MarketplaceDbContext>();
        return builder;
    }
}
