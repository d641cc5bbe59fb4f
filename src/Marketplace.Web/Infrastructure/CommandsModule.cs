using Marketplace.Accounts.CreateAdministrator;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Runs the site, or a maintenance command given on the command line:
/// <c>dotnet run --project src/Marketplace.Web -- create-admin --email a@b.vn [--name "..."]</c>
/// (the password comes from MARKETPLACE_ADMIN_PASSWORD or is asked for on the terminal), or
/// <c>-- reindex [--index products|cooperatives|demands]</c> to rebuild search indexes from the database.
/// </summary>
internal static class CommandsModule
{
    public static async Task<int> RunMarketplaceAsync(this WebApplication app, string[] args)
    {
        try
        {
            if (args is ["create-admin", .. var rest])
            {
                return await CreateAdministratorAsync(app, rest);
            }

            if (args is ["reindex", .. var options])
            {
                // Disposing the site closes the search index cleanly: the writer commits and waits for its merges, so
                // the rebuilt index is left merged rather than mid-merge for the next process to finish.
                await using (app)
                {
                    return await ReindexAsync(app, options);
                }
            }

            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is OptionsValidationException or SettingsException or Marketplace.Seed.SeedException)
        {
            // One sentence that says what to change, not a stack trace.
            await Console.Error.WriteLineAsync($"The site did not start: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> CreateAdministratorAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        if (email is null)
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email someone@example.vn [--name \"Full name\"] (password from MARKETPLACE_ADMIN_PASSWORD or the terminal)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("MARKETPLACE_ADMIN_PASSWORD") ?? ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var errors = await scope.ServiceProvider.GetRequiredService<CreateAdministratorHandler>()
            .HandleAsync(email, Option(args, "--name") ?? "Administrator", password);
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        if (errors.Count == 0)
        {
            Console.WriteLine($"{email} is an administrator.");
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static async Task<int> ReindexAsync(WebApplication app, string[] args)
    {
        var only = Option(args, "--index");
        var known = app.Services.GetRequiredService<Marketplace.Search.SearchSources>().Indexes;
        if (only is not null && !known.Contains(only))
        {
            await Console.Error.WriteLineAsync($"Unknown index '{only}'. Known: {string.Join(", ", known)}.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var reindexer = scope.ServiceProvider.GetRequiredService<Marketplace.Search.Indexing.Reindexer>();
        foreach (var index in only is null ? known : [only])
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var progress = new Progress<int>(done => Console.Write($"\r{index}: {done:N0}"));
            var count = await reindexer.RebuildAsync(index, progress, CancellationToken.None);
            Console.WriteLine($"\r{index}: {count:N0} documents in {started.Elapsed.TotalSeconds:0.0} s");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadPassword()
    {
        Console.Write("Password: ");
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? string.Empty;
        }

        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
