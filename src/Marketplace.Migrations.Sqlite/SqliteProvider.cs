using System.Data.Common;
using Marketplace.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Migrations.Sqlite;

/// <summary>The embedded default: one SQLite file in WAL mode, so readers never wait for the writer.</summary>
public static class SqliteProvider
{
    /// <summary>How long a connection waits for another writer before giving up.</summary>
    public const int BusyTimeoutMilliseconds = 5_000;

    public static string DefaultConnectionString(string dataRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataRoot, "marketplace.db"), Pooling = true }.ToString();

    public static DbContextOptionsBuilder UseMarketplaceSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name))
            .AddInterceptors(SqlitePragmas.Instance);

    /// <summary>WAL is a property of the file and busy_timeout of the connection: set both on every open.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        private static readonly string Pragmas = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the site.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        options.UseMarketplaceSqlite("Data Source=design-time.db");
        return new MarketplaceDbContext(options.Options, Marketplace.Search.SearchSources.None);
    }
}
