using Npgsql;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests use. .ci/setup installs and starts it and creates the role.</summary>
internal static class TestPostgres
{
    private const string Default = "Host=127.0.0.1;Port=5432;Username=marketplace;Password=marketplace";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MARKETPLACE_TEST_POSTGRES") is { Length: > 0 } configured ? configured : Default;

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    /// <summary>Fails with what to do, rather than a socket error, when no server answers.</summary>
    public static async Task EnsureReachableAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL at '{new NpgsqlConnectionStringBuilder(ServerConnectionString) { Password = null }}': run 'sudo bash .ci/setup' once, or set MARKETPLACE_TEST_POSTGRES. ({e.Message})", e);
        }
    }

    /// <summary>
    /// FORCE ends what still holds the database: this process's own pooled sessions and an autovacuum worker that
    /// happens to be in it (the role may stop the latter because .ci/setup puts it in pg_signal_backend).
    /// </summary>
    public static async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
