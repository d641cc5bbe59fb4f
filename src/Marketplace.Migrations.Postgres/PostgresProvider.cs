using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Migrations.Postgres;

/// <summary>The scaled-out database.</summary>
public static class PostgresProvider
{
    public static DbContextOptionsBuilder UseMarketplacePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        options.UseMarketplacePostgres("Host=localhost;Database=marketplace_design");
        return new MarketplaceDbContext(options.Options, Marketplace.Search.SearchSources.None);
    }
}
