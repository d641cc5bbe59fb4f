using Marketplace.Accounts.CreateAdministrator;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>On start: create the data folder, migrate the database, load content-seed/, and create the administrator from settings.</summary>
internal static class SeedModule
{
    public static WebApplicationBuilder AddSeed(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SeedLoader>();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddHostedService<DatabaseInitializerService>();
        return builder;
    }

    /// <summary>Runs before Kestrel accepts requests: hosted services start first.</summary>
    private sealed class DatabaseInitializerService(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

internal sealed class DatabaseInitializer(
    MarketplaceDbContext db,
    DataPaths paths,
    SeedLoader seed,
    CreateAdministratorHandler administrators,
    IOptions<AdministratorOptions> administrator,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        await seed.LoadAsync(cancellationToken);
        if (administrator.Value.IsSet)
        {
            var errors = await administrators.HandleAsync(administrator.Value.Email!, "Administrator", administrator.Value.Password!);
            if (errors.Count > 0)
            {
                throw new SettingsException($"Marketplace:Admin:Password is not accepted: {string.Join(" ", errors)}");
            }
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(paths.Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"Marketplace:DataPath points at {paths.Root}, which cannot be created ({e.Message}); set it to a folder the site may write to.");
        }

        logger.LogInformation("Migrating the {Provider} database", db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>A setting that passed its own checks but does not work on this machine; the message says what to change.</summary>
internal sealed class SettingsException(string message) : Exception(message);
